"""Words for the demo's session notes: what a consultant writes after a talk, in simple markup, with the
life domains and Good Lives goods each kind of talk touches. All of it invented."""

from __future__ import annotations

from dataclasses import dataclass

# Where a contact happens, by kind of session.
LOCATIONS = {
    "individual": (
        ("Visiting room 2", 40),
        ("Interview room, wing B", 35),
        ("Library", 10),
        ("Cell door", 5),
        ("Visiting room 4", 10),
    ),
    "family": (("Family room", 70), ("Visiting hall", 30)),
    "multi_agency": (("Meeting room, administration", 60), ("Justice house", 25), ("Online", 15)),
    "case_consultation": (("Office", 70), ("Online", 30)),
    "phone_video": (("Phone", 60), ("Video call", 40)),
}
DURATIONS = {
    "individual": (45, 60, 75, 90),
    "family": (60, 90),
    "multi_agency": (60, 90, 120),
    "case_consultation": (30, 45, 60),
    "phone_video": (15, 20, 30),
}
# Family and others named in notes and as participants.
FAMILY = ("mother", "sister", "father", "partner", "uncle", "brother")
OTHERS = (
    "Nadia El Ouafi, mediator",
    "Zoë Verbruggen, justice assistant",
    "Çelik Ağaoğlu, imam",
    "an interpreter",
    "the prison director",
)
# The services that come to multi-agency meetings (default service keys), by weight.
MEETING_SERVICES = (("psd", 30), ("justitiehuis", 25), ("caw-jww", 20), ("vdab", 15), ("islamitisch-consulent", 10))
# Follow-up actions agreed in a session: (what, who).
FOLLOW_UPS = (
    ("Send Zoë Verbruggen the summary of today's meeting", "consultant"),
    ("Ask Nadia El Ouafi for a second mediation date", "consultant"),
    ("Bring the application form for the course", "consultant"),
    ("Write down three things that went well this month", "{person}"),
    ("Check visiting hours for the family with the wing", "consultant"),
    ("Call Çelik Ağaoğlu about a joint talk", "consultant"),
    ("Think about the question of who to be after release", "{person}"),
)


@dataclass(frozen=True)
class NoteWords:
    """One kind of talk: its focus, what it touches (domain keys, goods), and its note."""

    focus: str
    domains: tuple[str, ...]
    goods: tuple[str, ...]
    note: str


NOTES = (
    NoteWords(
        "relation",
        ("prison-regime", "family"),
        ("relatedness",),
        """# How it went
{person} was tired but open. We talked mostly about the week on the wing.

# What was said
- The visit by his mother was cancelled again; he was *very* disappointed.
- He asked whether Zoë Verbruggen of the justice house could come next time.
- Sleeps badly since the transfer of his neighbour.

# Next time
Pick up the question about the family visit. Bring the form for the library.""",
    ),
    NoteWords(
        "critical_reflection",
        ("worldview", "identity"),
        ("spirituality", "knowledge"),
        """# Theme
Talk about the videos he used to share, and where his ideas about them come from.

# What was said
- He says the word صبر (patience) keeps coming back when he reads.
- He no longer agrees with *all* of it, but finds it hard to say so on the wing.
- Asked what imam Çelik Ağaoğlu would say about it; open to a joint talk.

# My impression
Doubt is real. Keep asking, do not push. **No confrontation yet.**""",
    ),
    NoteWords(
        "practical_support",
        ("finances-paperwork", "housing"),
        ("agency", "life"),
        """# Practical matters
- Identity card expires before the release date: application started.
- Debts: about 4,000 euros with two creditors; CAW will look at it.
- Housing after release: no address yet. His aunt offers a room *for a few weeks*.

# Agreed
1. He writes to the bank himself.
2. I ask CAW about a debt mediator.

# Note
He was proud he had already filled in part of the form.""",
    ),
    NoteWords(
        "planning",
        ("education-work", "network"),
        ("excellence_in_work", "community"),
        """# Planning the release
Multi-agency meeting with the justice house and VDAB.

# Points
- Zoë Verbruggen (justice house): conditions will include a fixed address and work or training.
- VDAB: welding course possible from the autumn, if the Dutch test is passed.
- He wants to go back to the football club, *but not to the old neighbourhood*.

# Decisions
- Draft reintegration plan to be circulated before the next meeting.
- He agrees that the plan is shared with the justice house.""",
    ),
    NoteWords(
        "relation",
        ("family", "resilience"),
        ("relatedness", "inner_peace"),
        """# Family contact
Meeting in the family room with his sister and Nadia El Ouafi as mediator.

# What happened
- First time in two years they spoke for more than ten minutes.
- His sister brought photos of the children; he was *moved*.
- They said الحمد لله at the end, both laughing.

# Follow-up
Ask the wing about a longer visit. Nadia El Ouafi proposes a second mediation.""",
    ),
    NoteWords(
        "critical_reflection",
        ("thinking-behaviour", "network"),
        ("agency", "community"),
        """# Theme
Anger after the conflict on the wing, and who he listens to.

# What was said
- He felt *humiliated* by the guard and wanted to hit back.
- Some men on the wing still call him a traitor since he started the traject.
- He named two people outside who stayed in touch: a former coach and a cousin.

# Impression
Good reflection on his own part in the conflict. Keep an eye on the pressure on the wing.""",
    ),
    NoteWords(
        "practical_support",
        ("education-work", "leisure"),
        ("knowledge", "excellence_in_play", "creativity"),
        """# Education and leisure
- Dutch course level 2 passed; he wants level 3.
- Drawing again in the evening: shows portraits of fellow detainees.
- Asked about the library's Arabic books: كتاب about history, not religion.

# Agreed
- I ask CVO about level 3.
- He brings two drawings next time.""",
    ),
    NoteWords(
        "planning",
        ("mental-health", "resilience"),
        ("inner_peace", "life"),
        """# Plan for the coming months
Consultation with the psychosocial service about his sleep and the flashbacks.

# Points
- Psychologist sees him every two weeks from now on.
- He wants to *keep* the talks with me separate from the therapy.
- Sport twice a week helps; he asks for a third time.

# Next steps
Look at the plan together in a month; Çelik Ağaoğlu stays available for talks about meaning.""",
    ),
)
