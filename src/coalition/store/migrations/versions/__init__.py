"""One module per schema revision, written by hand; never edit one that has shipped."""
