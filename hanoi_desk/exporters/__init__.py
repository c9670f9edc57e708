"""Excel and PDF writers: plain values in, a file out; they never read the database."""
