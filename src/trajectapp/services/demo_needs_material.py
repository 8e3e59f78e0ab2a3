"""The words of the demo's needs, factors, strengths, perspectives and plans.

All fictional. What the person says is in their own words and language;
what the consultant writes is in English. Domains, factor categories and
services are named by the keys of the shipped catalogues.
"""

from __future__ import annotations

from dataclasses import dataclass

from trajectapp.domain.factors import Direction, FactorKind
from trajectapp.domain.needs import RiskTool
from trajectapp.domain.plan import Party
from trajectapp.domain.strengths import PrimaryGood, StrengthCategory

_TOWARDS, _AWAY = Direction.TOWARDS, Direction.AWAY
_PUSH, _PULL, _PERSONAL, _PROTECTIVE = FactorKind.PUSH, FactorKind.PULL, FactorKind.PERSONAL, FactorKind.PROTECTIVE


@dataclass(frozen=True)
class DomainWords:
    start: tuple[int, int]  # where the situation usually stands at a first assessment
    own_words: tuple[str, ...]
    person_view: tuple[str, ...]
    consultant_view: tuple[str, ...]
    support: tuple[str, ...]
    next_steps: tuple[tuple[str, str | None], ...]  # (step, key of the service that owns it)


DOMAINS: dict[str, DomainWords] = {
    "prison-regime": DomainWords(
        (3, 6),
        (
            "Ik zit 22 uur op cel. Dat maakt een mens gek.",
            "Le régime, c'est l'isolement, on ne parle à personne.",
            "I work in the kitchen now. The days go faster.",
        ),
        ("Finds the regime unfair and stricter than for others.", "Says he copes; the work helps."),
        (
            "Keeps to the wing rules; the isolation weighs on him more than he says.",
            "Settled into the regime; work in the kitchen gives structure.",
        ),
        ("A daily activity: work or education.", "Talks with the management about the wing he is on."),
        (
            ("Ask the psychosocial service about a move to an ordinary wing", "psd"),
            ("Register for work in the prison workshop", None),
        ),
    ),
    "legal-situation": DomainWords(
        (3, 6),
        (
            "Mijn advocaat zegt dat de zitting pas in het najaar is.",
            "Je ne comprends pas mes conditions.",
            "I just want to know my date.",
        ),
        ("Thinks the sentence is far too heavy.", "Worried about the conditions after release."),
        (
            "Understands the conditions in part; they need explaining step by step.",
            "The waiting for the court weighs on everything else.",
        ),
        ("The release conditions explained in plain words.", "Contact with the lawyer about the procedure."),
        (
            ("Go through the release conditions with the justice assistant", "justitiehuis"),
            ("Ask the lawyer for a visit", None),
        ),
    ),
    "housing": DomainWords(
        (2, 5),
        (
            "Ik kan niet terug naar mijn moeder, daar hebben ze me opgepakt.",
            "Je veux un petit studio, pas retourner dans le quartier.",
            "No idea where I'll live.",
        ),
        ("Wants to live on his own, away from the old neighbourhood.", "Thinks his mother's flat will do."),
        (
            "No address for after release yet; going back to the old street carries risks.",
            "Housing is the main worry before release.",
        ),
        ("Housing for after release.", "An application for social housing."),
        (
            ("Register with the social housing company", "caw-jww"),
            ("Look for supported housing with welfare work", "caw-jww"),
        ),
    ),
    "education-work": DomainWords(
        (3, 6),
        (
            "Ik wil mijn diploma secundair halen.",
            "Je veux travailler, n'importe quoi, mais travailler.",
            "Lassen, dat wil ik leren.",
        ),
        ("Wants a real job with a contract.", "Thinks school is not for him."),
        ("Left school at 16; motivated for a vocational course.", "Works well in the workshop; needs a diploma."),
        ("A vocational course during detention.", "Guidance towards work after release."),
        (("Register for the welding course", "vdab"), ("Find a Dutch course at the next level", "cvo")),
    ),
    "finances-paperwork": DomainWords(
        (2, 5),
        (
            "Ik heb schulden bij de gsm-winkel en nog boetes.",
            "Ma carte d'identité est périmée.",
            "I never opened a letter. They are all at my mother's.",
        ),
        ("Says the debts are not that bad.", "Wants to sort out his papers himself."),
        (
            "Debts of several thousand euros; no bank account; identity card expired.",
            "Letters unopened for years; no overview at all.",
        ),
        ("An overview of the debts and a repayment plan.", "A new identity card before release."),
        (("Go through the debts with welfare work", "caw-jww"), ("Apply for a new identity card", None)),
    ),
    "family": DomainWords(
        (4, 7),
        (
            "Mijn moeder komt elke week. Mijn vader wil me niet zien.",
            "Mes enfants me manquent, je veux qu'ils viennent ici.",
            "We are divorced. I understand why.",
        ),
        ("The family is behind him.", "Wants to see the children more often."),
        (
            "Strong bond with the mother; the father broke off contact.",
            "The children visit rarely; the ex-partner is wary.",
        ),
        ("Contact with the children.", "A talk with the family about after release."),
        (("Arrange a supervised visit with the children", "caw-jww"), ("Plan a family talk", None)),
    ),
    "network": DomainWords(
        (2, 5),
        (
            "Mijn vrienden van vroeger? Die zitten allemaal vast of zijn weg.",
            "J'ai plus personne dehors à part ma famille.",
            "The only friends I had were from the group.",
        ),
        ("Does not need friends, family is enough.", "Wants new friends, away from the old ones."),
        (
            "The old network was largely the group; few contacts outside it.",
            "Some old school friends might be there for him.",
        ),
        ("New contacts outside the old circle.", "A mentor in the home town."),
        (
            ("Discuss a mentor in the home town with the local integrated security cell", "livc-r"),
            ("Look for a sports club near the future address", None),
        ),
    ),
    "leisure": DomainWords(
        (3, 7),
        ("Vroeger bokste ik. Ik was goed.", "Je dessinais beaucoup, des mangas surtout.", "Football. Always football."),
        ("Misses the sport most of all.", "Has no hobbies, he says."),
        ("Boxed at a club for years; stopped when he joined the group.", "Draws in his cell; talented, shy about it."),
        ("A sport or a creative activity.", "Something to do in the evenings after release."),
        (("Register for the drawing workshop", None), ("Ask for a place in the wing football team", None)),
    ),
    "physical-health": DomainWords(
        (5, 9),
        ("Mijn rug doet pijn van dat bed.", "I train every day. I'm in good shape."),
        ("Healthy, he says.", "Worried about his back."),
        ("Back pain; sees the prison doctor.", "Fit and proud of it; eats little."),
        ("An appointment with the doctor.", "Sport on the wing."),
        (("Ask for an appointment with the prison doctor", None),),
    ),
    "mental-health": DomainWords(
        (3, 7),
        (
            "Ik slaap slecht. Ik zie steeds beelden van toen.",
            "J'ai besoin de parler, mais pas à un psy.",
            "I'm fine. I don't need a shrink.",
        ),
        ("Does not see a problem.", "Wants to sleep better, nothing more."),
        (
            "Sleeps badly, has nightmares; possible trauma; refuses a psychologist for now.",
            "Low mood since the verdict; talks more openly lately.",
        ),
        ("Talks with a psychologist.", "Help with sleep and stress."),
        (("Refer to the forensic team of the mental-health centre", "cgg"),),
    ),
    "alcohol-drugs": DomainWords(
        (5, 9),
        ("Cannabis, ja, vroeger elke dag. Hier niet.", "Plus jamais. J'ai vu ce que ça fait."),
        ("Says it is in the past.", "Thinks a joint now and then is no problem."),
        (
            "Smoked cannabis daily before detention; clean inside; a risk after release.",
            "No use; alcohol never an issue.",
        ),
        ("A plan against relapse after release.",),
        (("Intake with drug help", "cad"),),
    ),
    "thinking-behaviour": DomainWords(
        (3, 6),
        (
            "Als iemand me uitdaagt, ontplof ik.",
            "Je réfléchis plus avant de réagir maintenant.",
            "People think I'm angry. I'm not angry.",
        ),
        ("Says others provoke him.", "Feels he has become calmer."),
        (
            "Quick to anger when he feels disrespected; reflects well afterwards.",
            "Thinks in black and white less often; asks more questions.",
        ),
        ("Handling anger and frustration.", "Practising other ways to react."),
        (("Join the prison's group on handling aggression", "psd"),),
    ),
    "worldview": DomainWords(
        (3, 6),
        (
            "Mijn geloof is van mij. Daar wil ik het niet over hebben.",
            "Je lis avec l'aumônier, il explique autrement.",
            "I don't believe in the group anymore. I still pray.",
        ),
        ("Says his views have nothing to do with why he is here.", "Has doubts and wants to talk about them."),
        (
            "Critical of the group's leaders; open to talks with the Islamic counsellor.",
            "Still defends parts of the ideology; listens more than before.",
        ),
        ("Talks with a counsellor he trusts.", "Reading texts together, with his own questions."),
        (
            ("Plan a joint talk with the Islamic counsellor", "islamitisch-consulent"),
            ("Talks about meaning and values with the moral counsellor", "moreel-consulent"),
        ),
    ),
    "identity": DomainWords(
        (3, 6),
        (
            "Ik ben hier geboren, maar ik hoor nergens bij.",
            "Je suis belge et marocain, les deux.",
            "Who am I without the group? I don't know yet.",
        ),
        ("Feels rejected by society.", "Proud of where he comes from."),
        (
            "The search for belonging was a way into the group; his identity is still in flux.",
            "Talks about being a parent more and more.",
        ),
        ("Talks about belonging and meaning.",),
        (("Talks about meaning and values with the moral counsellor", "moreel-consulent"),),
    ),
    "resilience": DomainWords(
        (3, 7),
        ("Ik hou me vast aan mijn kinderen.", "Some days are OK. Some are dark.", "Je tiens grâce au sport."),
        ("Says he can take anything.", "Knows the bad days come back."),
        (
            "Gets through on sport and the calls with family; setbacks hit hard.",
            "Bounced back well after the refused leave.",
        ),
        ("Coping with setbacks.", "A plan for bad days."),
        (("Make a plan for bad days together", None),),
    ),
    # The consultant's own domain (OWN_DOMAINS), next to the shipped ones.
    "online-life": DomainWords(
        (3, 6),
        (
            "Ik zat elke nacht online. Daar had ik mijn vrienden.",
            "Sans téléphone ici, je dors mieux.",
            "I deleted all those accounts. Well, most of them.",
        ),
        ("Says social media are no problem any more.", "Wants a phone with only family numbers after release."),
        (
            "Spent his nights in closed online groups before detention; still curious about them.",
            "Sees how the videos pulled him in; wants to keep his distance.",
        ),
        ("Safe use of phone and social media after release.",),
        (("Make a plan for phone and social media after release", None),),
    ),
}

# What the consultant added to the shipped catalogues: key -> name.
OWN_DOMAINS = {"online-life": "Online life and social media"}
OWN_FACTOR_CATEGORIES = {"wing-pressure": "Pressure from others on the wing"}

# (direction, kind, category key, domain key or None, evidence in the consultant's words)
FACTORS = (
    (
        _TOWARDS,
        _PULL,
        "group-belonging",
        "network",
        "Found friends and a sense of brotherhood in the group after dropping out of school.",
    ),
    (_TOWARDS, _PULL, "significance", "identity", "Wanted to 'be someone'; the group gave him a role and respect."),
    (_TOWARDS, _PULL, "adventure", None, "Speaks of the journey as an adventure; the videos made it look exciting."),
    (
        _TOWARDS,
        _PUSH,
        "injustice",
        "identity",
        "Strong sense of injustice about police stops and how his family was treated.",
    ),
    (_TOWARDS, _PUSH, "discrimination", "education-work", "Many rejected job applications; felt 'not wanted here'."),
    (
        _TOWARDS,
        _PERSONAL,
        "identity-search",
        "identity",
        "Between two cultures; looked for a clear answer to who he is.",
    ),
    (_TOWARDS, _PULL, "online-contacts", "network", "Months of online contact with recruiters, mostly at night."),
    (
        _TOWARDS,
        _PULL,
        "charismatic-figure",
        "worldview",
        "An older man from the neighbourhood who explained 'the true way'.",
    ),
    (_TOWARDS, _PUSH, "family", "family", "Conflict with the father; left home at 17."),
    (
        _TOWARDS,
        _PULL,
        "wing-pressure",
        "prison-regime",
        "Older detainees on the wing keep him close to the old ideas; he finds it hard to say no.",
    ),
    (_AWAY, _PUSH, "disillusionment", "worldview", "Disappointed in the leaders: 'they sent us and stayed home'."),
    (_AWAY, _PUSH, "burnout", "mental-health", "Tired of it all; wants rest and an ordinary life."),
    (_AWAY, _PULL, "family", "family", "Wants to be there for his children; they are his main reason."),
    (_AWAY, _PULL, "work-study", "education-work", "Motivated by the welding course; sees a future in it."),
    (_AWAY, _PERSONAL, "maturing", None, "Older now; says he sees things differently than at nineteen."),
    (
        _AWAY,
        _PERSONAL,
        "rejection-of-violence",
        "worldview",
        "Says clearly that violence is no answer, after what he saw.",
    ),
    (_AWAY, _PROTECTIVE, "support", "family", "Mother and sister visit every week and back the traject."),
    (
        _AWAY,
        _PROTECTIVE,
        "new-relationship",
        "family",
        "Became a parent during detention; wants to set a better example.",
    ),
)

# (category, what, since when, how it could be picked up again)
STRENGTHS = (
    (
        StrengthCategory.PASSION,
        "Boxing; trained at a club for years",
        "from 12 to 18",
        "A boxing club near the new address; training on the wing meanwhile",
    ),
    (
        StrengthCategory.PASSION,
        "Drawing: manga and portraits",
        "since childhood",
        "The drawing workshop in prison; a portfolio for an art course",
    ),
    (StrengthCategory.PASSION, "Football", "since childhood", "The wing team now; a local club after release"),
    (StrengthCategory.PASSION, "Writes rap lyrics", "since 15", "The music workshop; writing about his own story"),
    (
        StrengthCategory.SKILL,
        "Good with his hands: repairs scooters and bikes",
        "as a teenager",
        "A bicycle workshop; a technical course",
    ),
    (StrengthCategory.SKILL, "Speaks four languages", "", "An asset when looking for work"),
    (
        StrengthCategory.SKILL,
        "Cooks well; works in the prison kitchen",
        "since the start of detention",
        "A cooking course with VDAB",
    ),
    (
        StrengthCategory.RELATIONSHIP,
        "Close bond with his mother",
        "always",
        "Keep the weekly visits; involve her in the plan",
    ),
    (
        StrengthCategory.RELATIONSHIP,
        "Older brother with a steady job",
        "",
        "The brother as a contact person after release",
    ),
    (StrengthCategory.VALUE, "Loyal; keeps his word", "", "Builds trust with the services: keeps every appointment"),
    (StrengthCategory.VALUE, "Looks after the younger ones on the wing", "", "Volunteering with young people later"),
    (
        StrengthCategory.ACHIEVEMENT,
        "Finished the first year of a welding course",
        "before detention",
        "Continue the course with the adult education centre",
    ),
    (StrengthCategory.ACHIEVEMENT, "Played football at provincial level", "for four seasons", ""),
    (
        StrengthCategory.PROTECTIVE_FACTOR,
        "Wants to be a good parent",
        "since his daughter was born",
        "A parenting course; supervised visits",
    ),
)

# For each good: how it was pursued before (the milieu included) and pro-social routes towards it.
GOODS = {
    PrimaryGood.LIFE: (
        ("Neglected his health; lived at night.",),
        ("Sport and regular sleep; a check-up with the doctor.",),
    ),
    PrimaryGood.KNOWLEDGE: (
        ("Learned 'the truth' from videos and the group's lessons.",),
        ("Adult education; reading with the counsellor.",),
    ),
    PrimaryGood.EXCELLENCE_IN_PLAY: (("Boxing, until he stopped for the group.",), ("Back to a boxing club.",)),
    PrimaryGood.EXCELLENCE_IN_WORK: (("Odd jobs, never a contract.",), ("The welding course and a job through VDAB.",)),
    PrimaryGood.AGENCY: (
        ("Felt powerless; the group promised control and a role.",),
        ("His own choices in the plan; taking charge of his papers and debts.",),
    ),
    PrimaryGood.INNER_PEACE: (
        ("Sought calm in strict rules and certainty.",),
        ("Talks with a psychologist; sport; prayer in his own way.",),
    ),
    PrimaryGood.RELATEDNESS: (
        ("The brotherhood of the group took the place of friends and family.",),
        ("Rebuild the bond with his mother and children.",),
    ),
    PrimaryGood.COMMUNITY: (
        ("Belonging to the community as the group described it.",),
        ("Volunteering at a youth centre; a community of his own choosing.",),
    ),
    PrimaryGood.SPIRITUALITY: (
        ("Religion as the group taught it: rules and enemies.",),
        ("Reading texts with the Islamic counsellor, with his own questions.",),
    ),
    PrimaryGood.PLEASURE: (("Gaming and cannabis, to forget.",), ("Football, music, cooking for the family.",)),
    PrimaryGood.CREATIVITY: (("Edited videos for the group's channels.",), ("The drawing and music workshops.",)),
}

# (what do you want to do, who do you wish to be), in the person's words; a later version often follows the first.
PERSPECTIVES = (
    ("Lasser worden en een eigen plek hebben.", "Er zijn voor mijn dochter."),
    (
        "Travailler, avoir mon appartement, voir mes enfants le week-end.",
        "Quelqu'un de calme, respecté pour ce qu'il fait.",
    ),
    ("Finish school and get a normal job.", "Someone my mother can be proud of again."),
    ("Ik wil koken. Misschien later een eigen zaak.", "Iemand met rust in zijn hoofd."),
    ("Weg uit de stad, ergens opnieuw beginnen.", "Gewoon iemand. Niet 'die terrorist'."),
    ("Boxer à nouveau et entraîner les jeunes.", "Un exemple pour les petits du quartier. Un bon, cette fois."),
    ("I don't know yet. First get out.", ""),
    (
        "Mijn diploma halen en dan verder studeren, sociaal werk misschien.",
        "Iemand die anderen helpt om niet dezelfde fouten te maken.",
    ),
)


@dataclass(frozen=True)
class GoalWords:
    title: str
    domains: tuple[str, ...]
    success: str
    steps: tuple[tuple[str, Party, str], ...]  # (what, who, service key or the party's name)
    good: PrimaryGood | None = None


_SERVICE, _PERSON, _CONSULTANT, _FAMILY, _OTHER = (
    Party.SERVICE,
    Party.PERSON,
    Party.CONSULTANT,
    Party.FAMILY,
    Party.OTHER,
)
GOALS = (
    GoalWords(
        "A place to live after release",
        ("housing", "finances-paperwork"),
        "A room or studio with a rental contract before the release date.",
        (
            ("Register with the social housing company", _SERVICE, "caw-jww"),
            ("Go through the budget for the rent", _SERVICE, "caw-jww"),
            ("Ask his sister whether he can stay with her the first weeks", _FAMILY, "his sister"),
            ("Visit two rooms during leave", _PERSON, ""),
        ),
    ),
    GoalWords(
        "Finish the welding course",
        ("education-work",),
        "The course certificate.",
        (
            ("Register for the course", _SERVICE, "vdab"),
            ("Ask the prison for a place in the workshop", _CONSULTANT, ""),
            ("Follow the modules", _PERSON, ""),
        ),
        PrimaryGood.EXCELLENCE_IN_WORK,
    ),
    GoalWords(
        "Work after release",
        ("education-work", "finances-paperwork"),
        "A job or a work placement within three months of release.",
        (
            ("Write a CV", _PERSON, ""),
            ("Intake with the VDAB job coach", _SERVICE, "vdab"),
            ("Apply for a forklift licence", _PERSON, ""),
        ),
    ),
    GoalWords(
        "Regular contact with the children",
        ("family",),
        "Visits every two weeks, supervised at first.",
        (
            ("Ask for supervised visits", _SERVICE, "caw-jww"),
            ("Write a letter to the children", _PERSON, ""),
            ("Talk with the children's mother about visits", _CONSULTANT, ""),
        ),
        PrimaryGood.RELATEDNESS,
    ),
    GoalWords(
        "Get the debts under control",
        ("finances-paperwork",),
        "A repayment plan he can keep.",
        (
            ("List every debt", _PERSON, ""),
            ("Go through the debts with welfare work", _SERVICE, "caw-jww"),
            ("Open a bank account", _PERSON, ""),
        ),
    ),
    GoalWords(
        "Know and keep the release conditions",
        ("legal-situation",),
        "Knows every condition and how to ask for a change.",
        (
            ("Go through the conditions with the justice assistant", _SERVICE, "justitiehuis"),
            ("Make a calendar of the appointments", _PERSON, ""),
        ),
    ),
    GoalWords(
        "Sleep better and talk about what happened",
        ("mental-health",),
        "Regular talks with a psychologist.",
        (("Referral to the forensic team", _SERVICE, "cgg"), ("Keep a sleep diary for two weeks", _PERSON, "")),
        PrimaryGood.INNER_PEACE,
    ),
    GoalWords(
        "Stay off cannabis after release",
        ("alcohol-drugs",),
        "No use in the first six months out.",
        (("Intake with drug help", _SERVICE, "cad"), ("Plan the first weekend out", _PERSON, "")),
    ),
    GoalWords(
        "Back to boxing",
        ("leisure", "network"),
        "Member of a boxing club near the new address.",
        (("Find a club near the new address", _CONSULTANT, ""), ("Train on the wing three times a week", _PERSON, "")),
        PrimaryGood.EXCELLENCE_IN_PLAY,
    ),
    GoalWords(
        "Answers to his questions about faith, from someone he trusts",
        ("worldview", "identity"),
        "Regular talks with a counsellor of his own choosing.",
        (
            ("Plan a first talk with the Islamic counsellor", _SERVICE, "islamitisch-consulent"),
            ("Write down his questions", _PERSON, ""),
        ),
        PrimaryGood.SPIRITUALITY,
    ),
    GoalWords(
        "A new network outside",
        ("network", "identity"),
        "Two or three people outside the old circle he can call.",
        (
            ("Discuss a mentor in the home town", _SERVICE, "livc-r"),
            ("Ask his uncle to be a contact person", _FAMILY, "his uncle"),
        ),
        PrimaryGood.COMMUNITY,
    ),
    GoalWords(
        "Identity card and papers in order",
        ("finances-paperwork",),
        "A valid identity card on the day of release.",
        (
            ("Ask the prison registry how to apply", _CONSULTANT, ""),
            ("Apply for a new card", _OTHER, "the municipality of the home town"),
        ),
    ),
)
DROPPED_REASONS = (
    "His sister cannot take him in after all.",
    "He chose another course: the cooking course instead of welding.",
    "No longer relevant after the transfer.",
)
PROGRESS_NOTES = (
    "Registered; waiting for a place.",
    "First talk went well; next one planned.",
    "Setback: the leave was refused. A new date has been asked.",
    "Letter sent; no answer yet.",
    "Halfway there; he keeps at it.",
)
PLAN_NOTES = (
    "First version, drawn up in the multi-agency meeting.",
    "Drawn up with the person and the justice house.",
    "Updated before the hearing at the sentence implementation court.",
    "Updated after the leave outings.",
)
# What the person says about a version of the plan, in their own words.
PERSON_AGREES = (
    "",
    "Ja, dit is wat ik wil.",
    "C'est bien, mais ça va trop lentement.",
    "OK. As long as I can see my kids.",
)
PERSON_DISAGREES = (
    "Ik wil niet terug naar die buurt, en dat staat er niet in.",
    "Je ne veux pas de psy dans le plan.",
    "Too many appointments. I can't do all that.",
)
PERSON_COULD_NOT_ANSWER = (
    "Ik moet erover nadenken, mijn hoofd zit vol.",
    "Je dois d'abord parler à mon avocat.",
    "I don't know. Ask me next week.",
)
SERVICE_AGREES = ("", "Agreed in the multi-agency meeting.", "Agreed; our part is the housing.")
SERVICE_DISAGREES = ("The housing part is not realistic before release.",)

# (instrument, its name when another, author, where it is held, note)
EXTERNAL_ASSESSMENTS = (
    (
        RiskTool.VERA_2R,
        "",
        "Psychologist of the psychosocial service",
        "PSD file, prison of {prison}",
        "Made for the sentence implementation court.",
    ),
    (RiskTool.VERA_2R, "", "Forensic psychologist, mental-health centre", "Report with the justice house", ""),
    (
        RiskTool.ERG,
        "",
        "Expert appointed by the court",
        "Court file; a copy with the lawyer",
        "The person has not read it.",
    ),
    (
        RiskTool.OTHER,
        "Case assessment of the local integrated security cell",
        "LIVC-R coordinator",
        "Municipality, LIVC-R file",
        "",
    ),
)
