"""Writers of office files: plain values in, a file out.

They never read the database: a caller passes exactly what the user sees (the rows that pass the
current filter, in the current order), so an export and the screen cannot disagree.
"""
