"""Resources shipped with Hanoi Desk: fonts, reference data, translations, icons."""
