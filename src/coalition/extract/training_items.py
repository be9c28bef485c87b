"""What a training commitment's items say: the training, and who is trained or trains.

Items are the nouns as written (the dev-set contract), and a training sentence names more than the
word "training": whom it trains ("more than 2,700 Ukrainian recruits", "another 20,000 Ukrainian
soldiers"), who trains ("Danish instructors") and the form it takes ("courses", "training
modules"). Annotators record whichever of these the sentence puts forward, so a training
commitment names the training with its trainees ("training of ukrainian soldiers": the soldiers are
not given, the training of them is), then the trainers and the forms.
"""

from __future__ import annotations


def training_items(padded: str, words: dict) -> list[str]:
    """The training, named with whom it trains when the sentence says ("training of ukrainian tank
    crews", else "training"), then the trainer nouns ("instructors") and the training's forms
    ("courses") as written in ``padded`` (the sentence's lower-case padded text)."""
    toks = padded.split()
    trainees = words["trainee_set"]
    whom = None
    for i, tok in enumerate(toks):
        if tok == "ukrainians":
            whom = tok
        elif tok in words["ukrainian_set"]:
            # "Ukrainian F-16 pilots", "Ukrainian tank crew members": up to the trainee noun
            end = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k] in trainees), None)
            if end is not None:
                whom = " ".join(toks[i : end + 1])
        if whom:
            break
    items = [f"training of {whom}" if whom else "training"]
    present = set(toks)
    items += [t for t in words["trainer_nouns"] if t in present and " " not in t]
    items += [f for f in words["training_forms"] if f" {f} " in padded]
    return list(dict.fromkeys(items))
