"""A quote run across paragraphs whose last paragraph leaves it open at a line's end no longer
stops the extraction of the whole article (statements._attribute read a tail span ending before it
started). Made-up article, tenth session."""

from coalition.extract import extract
from coalition.model import Article

TEXT = ("Minister backs allies\n"
        "The minister met his counterpart in Riga.\n"
        "The minister said: \"There may be new faces, but the country is united behind its friends.\n"
        "\"Our promise to the people of Ukraine is complete and we keep it.\n"
        "\"We will stay at their side for as long as needed.\"\n"
        "The package includes 40 armoured vehicles.\n")


def test_an_open_quote_at_a_line_end_does_not_stop_the_article():
    result = extract(Article(text=TEXT, source="case"))
    assert any(f.kind == "statement" for f in result.facts)
