"""A vault filled with fictional people, for demonstrations, screenshots and benchmarks.

Everything is drawn from one seeded random generator, so the same seed gives
the same people. The prisons are real Belgian institutions; the people are not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from trajectapp.domain.case import Case
from trajectapp.services.opening import create_vault
from trajectapp.store.audit import AuditRepository
from trajectapp.store.cases import CaseRepository
from trajectapp.store.connection import transaction
from trajectapp.vault.kdf import KdfParams


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


@dataclass(frozen=True)
class _Background:
    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...]
    weight: int
    # Share of people with two given names, and how the two are written.
    second_name_share: float = 0.0
    second_name_joiner: str = " "


_BACKGROUNDS = (
    _Background(  # Moroccan and other Maghrebi
        men=_names(
            "Mohamed, Soufiane, Bilal, Ayoub, Anouar, Hamza, Ilias, Mehdi, Nordin, Karim, Yassine, Khalid,"
            " Rachid, Mustapha, Abdelkader, Abdelhak, Youssef, Saïd, Hicham, Redouane, Zakaria, Ismaël,"
            " Younes, Nabil, Othmane, Achraf, Tarik, Samir, Driss, Brahim, Mourad, Amine, Reda, Aïssa,"
            " Jamal, Adil, Faouzi, Nourdine, Abdelilah, Marouane"
        ),
        women=_names(
            "Yasmina, Fatima, Khadija, Naïma, Malika, Samira, Nadia, Houda, Salma, Meryem, Imane, Loubna,"
            " Ikram, Hanane, Soukaina, Nisrine, Zineb, Asmae, Safae, Siham, Ilham, Hafsa, Aïcha, Chaïma"
        ),
        surnames=_names(
            "El Idrissi, Bouzerda, El Amrani, Benali, El Ouali, Azzouzi, Bouchikhi, El Khattabi, Aït Ouali,"
            " Amrani, Benhaddou, Bakkali, El Hamdaoui, Chaouki, Ouazzani, Lahlou, Ziani, Tahiri, Haddouchi,"
            " Boukhari, El Moussaoui, Ouriaghli, Belhaj, Kaddouri, El Bouzidi, Aarab, Akrouh, Ben Ayad,"
            " Bouhamidi, El Ghazouani, Hajji, Mokhtari, Naciri, Rahmouni, Saïdi, Zerouali, Chakir, Lamrini,"
            " El Fassi, Bensaïd, Aït Lahcen, Ouchen, Boulaich, El Makhloufi, Benmansour, Belkacem, Trabelsi,"
            " Ben Salah, Jebali, Mejri, Hammouchi, El Yousfi, Taouil, Dahmani, Ben Haddou"
        ),
        weight=35,
    ),
    _Background(  # Flemish
        men=_names(
            "Jens, Pieter, Wout, Bram, Sander, Thomas, Jonas, Stijn, Koen, Dries, Lars, Arne, Joris, Tom,"
            " Bert, Wim, Sven, Kobe, Seppe, Jelle, Robbe, Brecht, Maarten, Jeroen, Tim, Niels, Gilles, Ruben,"
            " Wannes, Lennert, Matthias, Tibo, Warre, Senne, Ward, Jef, Lowie, Kenneth, Glenn, Daniël,"
            " Michaël, Raphaël"
        ),
        women=_names(
            "Lotte, Lien, Femke, Eline, Sofie, Griet, Katrien, Hanne, Lies, Marthe, Nele, Elke, Annelies,"
            " Jolien, Leen, Fien, Lore, Ine, Zoë, Chloë, Joëlle, Noëlle, Ellen, Tine, Kaat, Liesbeth, Saar"
        ),
        surnames=_names(
            "Vandenbroucke, De Smedt, Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens,"
            " Wouters, De Meyer, Vermeulen, Van Damme, Van den Bossche, De Backer, Verstraete, Hermans,"
            " Desmet, Declercq, Dewulf, Vanhoutte, Verhaeghe, Debruyne, Vandevelde, Van Acker, Lambrecht,"
            " Coppens, Claeys, Cools, Smets, Van Hecke, Vercruysse, Pauwels, Dierickx, Verbeke, Vanneste,"
            " Deprez, Mortier, Beernaert, Casteleyn, Ghesquière, Vanparys, Dhondt, Van Hoof, Verschueren,"
            " Boeckx, Vlaeminck, Roelandt, Van Landeghem, D'Hooghe, Schoonjans"
        ),
        weight=20,
    ),
    _Background(  # Turkish
        men=_names(
            "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer,"
            " Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Şükrü, Çağlar, Gökhan, Barış, Emre, Burak,"
            " Oğuz, Tuğrul, Ercan, Kemal, Serkan, Volkan, Doğan, Ufuk, Yiğit, Çetin, Enes, Furkan, Uğur,"
            " Görkem, Sinan, Çelik"
        ),
        women=_names(
            "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Büşra, Şeyma, Gülşen, Özlem, Nurcan, Dilek,"
            " Songül, Hülya, Derya, Esra, Tuğba, Gökçe, Ebru, Sevgi, Yağmur, Ceren, İrem, Nazlı, Çiğdem, Şule"
        ),
        surnames=_names(
            "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan,"
            " Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özcan, Korkmaz, Çakır, Ağaoğlu,"
            " Karakuş, Güneş, Bozkurt, Akgül, Türkmen, Uçar, Gündüz, Sönmez, Ateş, Tekin, Bulut, Keskin,"
            " Ünal, Güler, Işık, Büyükkaya, Karataş, Akbaş, Çiftçi, Tunç, Yavuz, Erdem, Aksoy, Özgür"
        ),
        weight=15,
        second_name_share=0.2,
    ),
    _Background(  # Walloon and Brussels French-speaking
        men=_names(
            "Luc, Benoît, François, Jérôme, Cédric, Frédéric, Gaëtan, Loïc, Maël, Noé, Julien, Olivier,"
            " Sébastien, Grégory, Kévin, Mathéo, Thibault, Régis"
        ),
        women=_names("Hélène, Céline, Mélanie, Aurélie, Anaïs, Marie, Émilie, Amélie, Stéphanie, Noémie"),
        surnames=_names(
            "Dubois, Lambert, Dupont, Lejeune, Renard, Lefèvre, Collignon, Mathieu, Hennebert, Deschamps,"
            " Delvaux, Gérard, Lemaître, Marchal, Fontaine, Léonard, Noël, Hubert, Vanderhaegen, Degrève"
        ),
        weight=10,
        second_name_share=0.15,
        second_name_joiner="-",
    ),
    _Background(  # Bosnian and Kosovar Albanian
        men=_names(
            "Emir, Adnan, Amir, Edin, Haris, Almir, Jasmin, Arbër, Besnik, Driton, Ermal, Fatos, Valmir,"
            " Kenan, Dženan"
        ),
        women=_names("Selma, Amra, Lejla, Dženana, Ajla, Blerta, Arta, Drita, Lindita, Shpresa"),
        surnames=_names(
            "Hodžić, Begović, Mehmedović, Kovačević, Hadžić, Delić, Mujić, Salihović, Ćosić, Husić, Alić,"
            " Omerović, Krasniqi, Berisha, Gashi, Hoxha, Shala, Morina, Bytyçi, Kelmendi, Rexhepi, Zeqiri"
        ),
        weight=8,
    ),
    _Background(  # Syrian and Iraqi
        men=_names("Ahmad, Omar, Khaled, Rami, Tariq, Firas, Majd, Ziad, Anas, Basel"),
        women=_names("Nour, Rania, Lina, Hiba, Dima, Reem"),
        surnames=_names(
            "Al-Hassan, Haddad, Khalil, Nasser, Al-Khatib, Darwish, Mansour, Sabbagh, Hamdan, Al-Jabouri,"
            " Qassem, Al-Obeidi"
        ),
        weight=6,
    ),
    _Background(  # Congolese Belgian
        men=_names("Patrick, Christian, Junior, Dieudonné, Glody, Jonathan, Cédrick, Héritier, Trésor"),
        women=_names("Grâce, Bénédicte, Divine, Merveille, Gloria, Esther"),
        surnames=_names("Mukendi, Kabongo, Tshibangu, Ilunga, Mbuyi, Kalonji, Lukusa, Nsimba, Mulumba, Kasongo"),
        weight=6,
    ),
)

_BACKGROUND_WEIGHTS = tuple(background.weight for background in _BACKGROUNDS)

# Short forms some people go by; only given names listed here get one.
_PREFERRED_NAMES = {
    "Mohamed": "Momo", "Abdelkader": "Kader", "Soufiane": "Soufi", "Zakaria": "Zak", "Abdelilah": "Ilah",
    "Khadija": "Dija", "Fatima": "Fati", "Soukaina": "Souki", "Yasmina": "Yasmine", "Mustapha": "Mous",
    "Mehmet": "Memo", "Hüseyin": "Hüso", "Mustafa": "Musti", "Abdullah": "Abdo", "Gülşen": "Gül",
    "Pieter": "Piet", "Matthias": "Mats", "Annelies": "Anneke", "Liesbeth": "Lies", "Katrien": "Trien",
    "Frédéric": "Fred", "Sébastien": "Seb", "Dieudonné": "Dieudo", "Bénédicte": "Béné", "Dženana": "Dženi",
}

# Most consultants work in Flemish prisons; a few cases sit in Brussels or Wallonia.
_PRISONS = (
    ("Brugge", 10), ("Gent", 8), ("Antwerpen", 8), ("Hasselt", 7), ("Leuven-Centraal", 5),
    ("Leuven-Hulp", 3), ("Beveren", 5), ("Dendermonde", 4), ("Mechelen", 3), ("Turnhout", 3),
    ("Merksplas", 3), ("Wortel", 2), ("Hoogstraten", 2), ("Oudenaarde", 2), ("Ieper", 2), ("Ruiselede", 1),
    ("Haren", 8), ("Ittre", 3), ("Lantin", 3), ("Marche-en-Famenne", 1), ("Andenne", 1),
)

_MEN_SHARE = 0.88
_PREFERRED_NAME_SHARE = 0.6
# Dates of birth: most people are in their twenties or thirties. A fixed
# window, not today's date, so that a seed gives the same people every day.
_BORN_EARLIEST = date(1962, 1, 1).toordinal()
_BORN_LATEST = date(2006, 12, 31).toordinal()
_BORN_MOST_OFTEN = date(1996, 6, 1).toordinal()
# Redraws allowed per person when a name is already taken: names stay
# unique until the pools run dry, after which a repeat is accepted.
_REDRAWS = 50


def create_demo_vault(folder: Path, passphrase: str, *, cases: int, seed: int, kdf: KdfParams | None = None) -> int:
    """Create a vault in `folder` holding `cases` fictional people; returns how many.

    Argon2id is calibrated on this machine unless `kdf` is given. The vault is
    locked again before returning.
    """
    people = demo_cases(cases, seed)
    vault, _recovery_key = create_vault(folder, passphrase, kdf)
    try:
        with transaction(vault.connection):
            repository = CaseRepository(vault.connection)
            for person in people:
                repository.add(person)
            AuditRepository(vault.connection).record("demo.filled")
    finally:
        vault.lock()
    return len(people)


def demo_cases(count: int, seed: int) -> list[Case]:
    """`count` fictional people, the same ones for the same seed."""
    rng = random.Random(seed)
    prisons, prison_weights = zip(*_PRISONS)
    numbers = rng.sample(range(100_000, 1_000_000), count)
    taken: set[str] = set()
    people = []
    for number in numbers:
        for _ in range(_REDRAWS):
            given, surname = _person_name(rng)
            name = f"{given} {surname}"
            if name not in taken:
                break
        taken.add(name)
        first_given = given.replace("-", " ").split()[0]
        preferred = _PREFERRED_NAMES.get(first_given, "") if rng.random() < _PREFERRED_NAME_SHARE else ""
        born = date.fromordinal(round(rng.triangular(_BORN_EARLIEST, _BORN_LATEST, _BORN_MOST_OFTEN)))
        people.append(
            Case(
                id=None,
                name=name,
                preferred_name=preferred,
                date_of_birth=born,
                prison=rng.choices(prisons, prison_weights)[0],
                prisoner_number=str(number),
            )
        )
    return people


def _person_name(rng: random.Random) -> tuple[str, str]:
    background = rng.choices(_BACKGROUNDS, _BACKGROUND_WEIGHTS)[0]
    given_names = background.men if rng.random() < _MEN_SHARE else background.women
    given = rng.choice(given_names)
    if rng.random() < background.second_name_share:
        second = rng.choice(given_names)
        if second != given:
            given = f"{given}{background.second_name_joiner}{second}"
    return given, rng.choice(background.surnames)
