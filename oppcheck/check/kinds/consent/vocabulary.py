"""The words the consent check reads, all from the rule set's `consent:` section."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cached_property

from ....patterns import compile_any, search_any
from ...content import ContentOptions

REQUIRED = (
    "agree",
    "agreed",
    "refuse",
    "box",
    "choice",
    "conditional",
    "parent",
    "pupil",
    "school",
    "signature",
    "signed",
    "name_only",
    "date_label",
)


# The keys whose words name what a place holds: a signature, a name or a date.
FIELD_KEYS = ("signature", "name_only", "date_label")
# The keys whose words name who signs.
PARTY_KEYS = ("parent", "pupil", "school")
# The keys whose words make a line a signature place: what it holds, or a party.
PLACE_KEYS = (*FIELD_KEYS, *PARTY_KEYS)


@dataclass
class ConsentVocabulary:
    """Pattern lists by what they recognise. `[key]` gives a list compiled once."""

    agree: list[str] = field(default_factory=list)  # words of agreeing ('akkoord', 'stem in')
    agreed: list[str] = field(default_factory=list)  # a statement that consent was given
    refuse: list[str] = field(default_factory=list)  # refusing, limiting or only 'seeing'
    box: list[str] = field(default_factory=list)  # the label of a consent tick box
    choice: list[str] = field(default_factory=list)  # an open choice ('wel/niet akkoord')
    conditional: list[str] = field(default_factory=list)  # sentences that explain, not state
    parent: list[str] = field(default_factory=list)
    pupil: list[str] = field(default_factory=list)
    school: list[str] = field(default_factory=list)  # the school and other professionals: not the parents
    # Someone signing for the parents ('Voor akkoord namens ouders: w.g. L. Smit (gezinsbegeleider)'):
    # with a professional named, the signature is that professional's.
    on_behalf: list[str] = field(default_factory=list)
    # Words after a name that make it another person's than the pupil of that name ('Daan Vermeer sr.').
    name_suffixes: list[str] = field(default_factory=list)
    # A system's field that says who confirmed the answer above it ('Bevestigd door: <parent>').
    confirmed_by: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)  # a signature place
    signed: list[str] = field(default_factory=list)  # a signature made ('w.g.', 'getekend')
    not_signed: list[str] = field(default_factory=list)  # a signature place that says no one signed
    name_only: list[str] = field(default_factory=list)  # a name place
    date_label: list[str] = field(default_factory=list)
    seen_only: list[str] = field(default_factory=list)  # kinds of refusal, for the message
    protest: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)  # someone named by title ('mevrouw S. el Haddouti')
    told_in: list[str] = field(default_factory=list)  # between a person and the staff told: 'met', 'aan'
    told_after: list[str] = field(default_factory=list)  # right after the staff told: 'gebeld', 'gemaild'
    message_header: list[str] = field(default_factory=list)  # a quoted e-mail's header: 'Van', 'Datum'
    sender: list[str] = field(default_factory=list)  # the header line that names who sent it: 'Van'
    not_names: list[str] = field(default_factory=list)  # capitalised words of a form that name no one
    other_consent: list[str] = field(default_factory=list)  # other consents: photos, sharing data, ...
    # What else parents sign for in a bigger file (an application, a referral, a receipt): another consent
    # only where the same line does not also name this plan.
    other_objects: list[str] = field(default_factory=list)
    this_plan: list[str] = field(default_factory=list)  # words naming the plan or its support part
    # A table row's label that only names the plan ('Handelingsdeel OPP'): in a table of consents, its
    # answer ('ja', a tick in the 'Ja' column) agrees or refuses.
    plan_row: list[str] = field(default_factory=list)
    support_part: list[str] = field(default_factory=list)  # words naming the support part itself
    # Someone agreeing to the plan in so many words ('Roos stemt in met het handelingsdeel'): with a
    # condition attached ('zodra je ...'), a partial consent, not an explanation of the right.
    agrees_to_plan: list[str] = field(default_factory=list)
    not_signing_date: list[str] = field(default_factory=list)  # a line whose date is no signing date
    answer_yes: list[str] = field(default_factory=list)  # an option's answer that chooses it ('Ja', 'X')
    answer_no: list[str] = field(default_factory=list)  # an option's answer that leaves it ('Nee')
    # A label whose 'yes' records the signature itself: a system's 'Digitaal akkoord ouder: ja'.
    signed_if_yes: list[str] = field(default_factory=list)

    @cached_property
    def _compiled(self) -> dict[str, list[re.Pattern]]:
        return {f.name: compile_any(getattr(self, f.name)) for f in fields(self)}

    def __getitem__(self, key: str) -> list[re.Pattern]:
        return self._compiled[key]


@dataclass
class ConsentOptions(ContentOptions):
    """The content options plus the consent vocabulary."""

    consent: ConsentVocabulary = field(default_factory=ConsentVocabulary, metadata={"options": ConsentVocabulary})

    def compile(self) -> None:
        super().compile()
        self.consent._compiled  # noqa: B018 - compiles


def any_match(pats: list[re.Pattern], text: str) -> bool:
    return search_any(pats, text) is not None


def names_other_consent(text: str, pats: ConsentVocabulary) -> bool:
    """Whether a text is about another consent than the one on this plan: photos, sharing data
    (`other_consent`), or an application, a referral, a receipt that does not name this plan
    (`other_objects`: 'Ouders stemmen in met het indienen van deze aanvraag'), unless it limits this
    consent ('maar niet met de verwijzing naar de jeugd-GGZ')."""
    return any_match(pats["other_consent"], text) or (
        any_match(pats["other_objects"], text)
        and not any_match(pats["this_plan"], text)
        and not any_match(pats["partial"], text)  # '..., maar niet met de verwijzing': a limit on this consent
    )


_CLAUSE_BREAK = re.compile(r"\s*[.;:!?,]\s+")


def answers_for_plan_apart(text: str, pats: ConsentVocabulary) -> bool:
    """Whether a clause of its own agrees with this plan or refuses it in so many words, beside another
    consent in the same line ('Wij stemmen in met het handelingsdeel. Wij geven toestemming om gegevens ...
    te delen', 'Wij stemmen niet in met het handelingsdeel. ...'): that clause is about this consent."""
    return any(
        (any_match(pats["agree"], c) or any_match(pats["refuse"], c))
        and any_match(pats["this_plan"], c)
        and not names_other_consent(c, pats)
        for c in _CLAUSE_BREAK.split(text)
    )


def names_a_field(text: str, pats: ConsentVocabulary) -> bool:
    """Whether a text names a signature, name or date place ('Akkoord en handtekening ouder', 'datum')."""
    return any(any_match(pats[key], text) for key in FIELD_KEYS)


SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": list(REQUIRED),
    "properties": {f.name: {"$ref": "#/$defs/patterns"} for f in fields(ConsentVocabulary)},
}
