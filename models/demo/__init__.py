"""Demo data: sample encounters built from written vignettes."""
