"""The catalogues that come with Trajectapp, copied into a vault once and the consultant's from then on: the life
domains, the factor categories and the partner services. Their words are marked in the "Catalogue" context and the
vault keeps them as written here; `catalogue_text` shows any catalogue text in the reader's language.
"""

from __future__ import annotations

from trajectapp.domain.data_categories import DataCategory
from trajectapp.domain.factors import FactorCategory
from trajectapp.domain.needs import LifeDomain
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.selection import Translate
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

CONTEXT = "Catalogue"  # where lupdate finds the words below, marked with the literal, which is all it reads


def catalogue_text(text: str, translate: Translate) -> str:
    """A life domain's or factor category's name, or a partner service's name, kind, organisation or notes, as the
    reader reads it: a text that came with Trajectapp in the reader's language, one the consultant typed as typed
    (no translation has it, so Qt gives it back as it is)."""
    return translate(CONTEXT, text)


# (key, domain), in the order a new vault lists them. A sensitivity passes to everything recorded under the domain:
# religion or ideology and health are special-category data (GDPR art. 9), offences criminal-offence data (art. 10).
SHIPPED_DOMAINS: tuple[tuple[str, LifeDomain], ...] = (
    ("prison-regime", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Prison regime and detention"))),
    (
        "legal-situation",
        LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Legal situation and conditions"), DataCategory.OFFENCES),
    ),
    ("housing", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Housing"))),
    ("education-work", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Education, training and work"))),
    ("finances-paperwork", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Finances and paperwork"))),
    ("family", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Family, partner and children"))),
    ("network", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Network, friends and community"))),
    ("leisure", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Leisure, passions and talents"))),
    (
        "physical-health",
        LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Physical health and self-care"), DataCategory.HEALTH),
    ),
    (
        "mental-health",
        LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Mental health and trauma"), DataCategory.HEALTH),
    ),
    ("alcohol-drugs", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Alcohol and drugs"), DataCategory.HEALTH)),
    ("thinking-behaviour", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Thinking, behaviour and emotions"))),
    (
        "worldview",
        LifeDomain(
            None, QT_TRANSLATE_NOOP("Catalogue", "Worldview, religion and ideology"), DataCategory.RELIGION_IDEOLOGY
        ),
    ),
    ("identity", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Identity, belonging and meaning"))),
    ("resilience", LifeDomain(None, QT_TRANSLATE_NOOP("Catalogue", "Resilience and coping"))),
)

# (key, category): push and pull factors, towards violent extremism and away from it.
SHIPPED_CATEGORIES: tuple[tuple[str, FactorCategory], ...] = (
    ("group-belonging", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Group belonging"))),
    ("significance", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Quest for significance"))),
    ("adventure", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Adventure"))),
    ("injustice", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Injustice, felt or experienced"))),
    ("discrimination", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Discrimination and exclusion"))),
    ("identity-search", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Search for identity"))),
    ("ideology-religion", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Ideological or religious conviction"))),
    ("charismatic-figure", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "A charismatic figure or recruiter"))),
    ("online-contacts", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Online contacts and propaganda"))),
    (
        "disillusionment",
        FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Disillusionment with the group or its leaders")),
    ),
    ("burnout", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Burnout"))),
    ("family", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Family"))),
    ("work-study", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Work or study opportunities"))),
    ("maturing", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Maturing"))),
    ("rejection-of-violence", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Rejection of violence"))),
    ("support", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "Support from family or community"))),
    (
        "new-relationship",
        FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "A new relationship or becoming a parent")),
    ),
    ("prison-experience", FactorCategory(None, QT_TRANSLATE_NOOP("Catalogue", "The experience of prison"))),
)


def _service(name: str, kind: str, organisation: str, notes: str) -> PartnerService:
    return PartnerService(None, name, kind, organisation, notes=notes)


# (key, service): the services of Flemish prisons. A service's name and organisation are its own, in Dutch as the
# consultant meets them; the translations give the French name where the service has one.
SHIPPED_SERVICES: tuple[tuple[str, PartnerService], ...] = (
    (
        "caw-jww",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "CAW – Justitieel Welzijnswerk"),
            QT_TRANSLATE_NOOP("Catalogue", "welfare"),
            QT_TRANSLATE_NOOP("Catalogue", "Centrum Algemeen Welzijnswerk"),
            QT_TRANSLATE_NOOP("Catalogue", "Welfare work for detainees and their families, inside and after prison."),
        ),
    ),
    (
        "psd",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Psychosociale Dienst (PSD)"),
            QT_TRANSLATE_NOOP("Catalogue", "psychosocial service"),
            QT_TRANSLATE_NOOP("Catalogue", "FOD Justitie, gevangenis"),
            QT_TRANSLATE_NOOP(
                "Catalogue", "The prison's psychosocial service: reports for the sentence implementation court."
            ),
        ),
    ),
    (
        "vdab",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "VDAB – trajectbegeleiding gedetineerden"),
            QT_TRANSLATE_NOOP("Catalogue", "employment"),
            QT_TRANSLATE_NOOP("Catalogue", "VDAB"),
            QT_TRANSLATE_NOOP("Catalogue", "Work and training guidance during detention and after release."),
        ),
    ),
    (
        "cvo",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Centrum voor Volwassenenonderwijs"),
            QT_TRANSLATE_NOOP("Catalogue", "education"),
            QT_TRANSLATE_NOOP("Catalogue", "CVO"),
            QT_TRANSLATE_NOOP("Catalogue", "Adult education and language courses in prison."),
        ),
    ),
    (
        "justitiehuis",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Justitiehuis"),
            QT_TRANSLATE_NOOP("Catalogue", "justice house"),
            QT_TRANSLATE_NOOP("Catalogue", "Departement Justitie en Handhaving"),
            QT_TRANSLATE_NOOP(
                "Catalogue", "Justice assistants: social inquiries and supervision of release conditions."
            ),
        ),
    ),
    (
        "cgg",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Centrum Geestelijke Gezondheidszorg (CGG)"),
            QT_TRANSLATE_NOOP("Catalogue", "mental health"),
            QT_TRANSLATE_NOOP("Catalogue", "CGG"),
            QT_TRANSLATE_NOOP("Catalogue", "Mental-health care, including forensic teams."),
        ),
    ),
    (
        "cad",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Drughulp – Centrum Alcohol- en andere Drugproblemen"),
            QT_TRANSLATE_NOOP("Catalogue", "addiction care"),
            QT_TRANSLATE_NOOP("Catalogue", "CAD"),
            QT_TRANSLATE_NOOP("Catalogue", "Help with alcohol and drugs, in prison and after."),
        ),
    ),
    (
        "islamitisch-consulent",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Islamitisch consulent"),
            QT_TRANSLATE_NOOP("Catalogue", "counsellor"),
            QT_TRANSLATE_NOOP("Catalogue", "Executief van de Moslims van België"),
            QT_TRANSLATE_NOOP("Catalogue", "Islamic counsellor in the prison."),
        ),
    ),
    (
        "moreel-consulent",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Moreel consulent"),
            QT_TRANSLATE_NOOP("Catalogue", "counsellor"),
            QT_TRANSLATE_NOOP("Catalogue", "Vrijzinnig humanistische morele bijstand"),
            QT_TRANSLATE_NOOP("Catalogue", "Non-confessional moral counsellor in the prison."),
        ),
    ),
    (
        "livc-r",
        _service(
            QT_TRANSLATE_NOOP("Catalogue", "Lokale Integrale Veiligheidscel (LIVC-R)"),
            QT_TRANSLATE_NOOP("Catalogue", "local integrated security cell"),
            QT_TRANSLATE_NOOP("Catalogue", "Gemeente / stad"),
            QT_TRANSLATE_NOOP(
                "Catalogue",
                "The municipality's case-level cell for radicalisation: prevention and aftercare after release.",
            ),
        ),
    ),
)
