"""The material the demo vault is made of: names, places, and the words people and consultants use.

Every person, contact and story here is fictional; the prisons and partner
services are real institutions. Text a detainee says is in their own words
and language; what the consultant writes is in English, the app's source language.
"""

from __future__ import annotations

from dataclasses import dataclass


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


@dataclass(frozen=True)
class Background:
    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...]
    weight: int
    nationalities: tuple[tuple[str, int], ...]  # (nationality, weight)
    languages: tuple[tuple[str, int], ...]  # (languages spoken, weight)
    # Share of people with two given names, and how the two are written.
    second_name_share: float = 0.0
    second_name_joiner: str = " "


BACKGROUNDS = (
    Background(  # Moroccan and other Maghrebi
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
        nationalities=(
            ("Belgian", 45),
            ("Belgian and Moroccan", 35),
            ("Moroccan", 12),
            ("Belgian and Tunisian", 4),
            ("Algerian", 4),
        ),
        languages=(
            ("Dutch, Arabic, French", 30),
            ("Dutch, Tamazight", 20),
            ("French, Arabic", 20),
            ("Dutch, French", 15),
            ("Dutch, Moroccan Arabic, English", 10),
            ("Arabic, French, some Dutch", 5),
        ),
    ),
    Background(  # Flemish
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
        nationalities=(("Belgian", 1),),
        languages=(("Dutch", 60), ("Dutch, English", 30), ("Dutch, French, English", 10)),
    ),
    Background(  # Turkish
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
        nationalities=(("Belgian", 40), ("Belgian and Turkish", 40), ("Turkish", 20)),
        languages=(
            ("Dutch, Turkish", 50),
            ("Turkish, some Dutch", 20),
            ("Dutch, Turkish, English", 20),
            ("Turkish, Kurdish, Dutch", 10),
        ),
        second_name_share=0.2,
    ),
    Background(  # Walloon and Brussels French-speaking
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
        nationalities=(("Belgian", 90), ("French", 10)),
        languages=(("French", 50), ("French, Dutch", 35), ("French, English", 15)),
        second_name_share=0.15,
        second_name_joiner="-",
    ),
    Background(  # Bosnian and Kosovar Albanian
        men=_names(
            "Emir, Adnan, Amir, Edin, Haris, Almir, Jasmin, Arbër, Besnik, Driton, Ermal, Fatos, Valmir, Kenan, Dženan"
        ),
        women=_names("Selma, Amra, Lejla, Dženana, Ajla, Blerta, Arta, Drita, Lindita, Shpresa"),
        surnames=_names(
            "Hodžić, Begović, Mehmedović, Kovačević, Hadžić, Delić, Mujić, Salihović, Ćosić, Husić, Alić,"
            " Omerović, Krasniqi, Berisha, Gashi, Hoxha, Shala, Morina, Bytyçi, Kelmendi, Rexhepi, Zeqiri"
        ),
        weight=8,
        nationalities=(
            ("Belgian", 30),
            ("Belgian and Kosovar", 25),
            ("Belgian and Bosnian", 20),
            ("Kosovar", 15),
            ("Bosnian", 10),
        ),
        languages=(
            ("Dutch, Albanian", 35),
            ("Dutch, Bosnian", 30),
            ("Albanian, German, some Dutch", 15),
            ("Bosnian, English", 20),
        ),
    ),
    Background(  # Syrian and Iraqi
        men=_names("Ahmad, Omar, Khaled, Rami, Tariq, Firas, Majd, Ziad, Anas, Basel"),
        women=_names("Nour, Rania, Lina, Hiba, Dima, Reem"),
        surnames=_names(
            "Al-Hassan, Haddad, Khalil, Nasser, Al-Khatib, Darwish, Mansour, Sabbagh, Hamdan, Al-Jabouri,"
            " Qassem, Al-Obeidi"
        ),
        weight=6,
        nationalities=(("Syrian", 35), ("Iraqi", 25), ("Belgian and Syrian", 20), ("Belgian and Iraqi", 20)),
        languages=(("Arabic, English", 40), ("Arabic, some Dutch", 35), ("Arabic, Kurdish, Dutch", 25)),
    ),
    Background(  # Congolese Belgian
        men=_names("Patrick, Christian, Junior, Dieudonné, Glody, Jonathan, Cédrick, Héritier, Trésor"),
        women=_names("Grâce, Bénédicte, Divine, Merveille, Gloria, Esther"),
        surnames=_names("Mukendi, Kabongo, Tshibangu, Ilunga, Mbuyi, Kalonji, Lukusa, Nsimba, Mulumba, Kasongo"),
        weight=6,
        nationalities=(("Belgian", 60), ("Belgian and Congolese", 25), ("Congolese", 15)),
        languages=(("French, Lingala, Dutch", 40), ("Dutch, French", 40), ("French, Swahili", 20)),
    ),
)

BACKGROUND_WEIGHTS = tuple(background.weight for background in BACKGROUNDS)

# Short forms some people go by; only given names listed here get one.
PREFERRED_NAMES = {
    "Mohamed": "Momo",
    "Abdelkader": "Kader",
    "Soufiane": "Soufi",
    "Zakaria": "Zak",
    "Abdelilah": "Ilah",
    "Khadija": "Dija",
    "Fatima": "Fati",
    "Soukaina": "Souki",
    "Yasmina": "Yasmine",
    "Mustapha": "Mous",
    "Mehmet": "Memo",
    "Hüseyin": "Hüso",
    "Mustafa": "Musti",
    "Abdullah": "Abdo",
    "Gülşen": "Gül",
    "Pieter": "Piet",
    "Matthias": "Mats",
    "Annelies": "Anneke",
    "Liesbeth": "Lies",
    "Katrien": "Trien",
    "Frédéric": "Fred",
    "Sébastien": "Seb",
    "Dieudonné": "Dieudo",
    "Bénédicte": "Béné",
    "Dženana": "Dženi",
}

# Most consultants work in Flemish prisons; a few cases sit in Brussels or Wallonia.
PRISONS = (
    ("Brugge", 10),
    ("Gent", 8),
    ("Antwerpen", 8),
    ("Hasselt", 7),
    ("Leuven-Centraal", 5),
    ("Leuven-Hulp", 3),
    ("Beveren", 5),
    ("Dendermonde", 4),
    ("Mechelen", 3),
    ("Turnhout", 3),
    ("Merksplas", 3),
    ("Wortel", 2),
    ("Hoogstraten", 2),
    ("Oudenaarde", 2),
    ("Ieper", 2),
    ("Ruiselede", 1),
    ("Haren", 8),
    ("Ittre", 3),
    ("Lantin", 3),
    ("Marche-en-Famenne", 1),
    ("Andenne", 1),
)

# --- the person's file --------------------------------------------------------------------

# Criminal-offence data, named neutrally after the articles of the Criminal Code.
OFFENCE_CATEGORIES = (
    ("participation in the activities of a terrorist group", 40),
    ("preparation of a terrorist offence", 12),
    ("incitement to commit a terrorist offence", 10),
    ("financing of terrorism", 8),
    ("travelling abroad for terrorist purposes", 10),
    ("recruitment for terrorism", 5),
    ("receiving training for terrorism", 4),
    ("leading a terrorist group", 2),
    ("other offence; radicalisation concerns noted by the prison", 9),
)

PERSON_NOTES = (
    "Prefers talks in the morning; sleeps badly.",
    "Eldest of five; very close to the mother, who visits every week.",
    "Little Dutch at first; French works better.",
    "Works in the prison kitchen; proud of it.",
    "Reads a lot; asked for history books.",
    "Not in the visiting room, please: use the consultation room.",
    "Two young children; they talk on the phone every Sunday.",
    "Plays football on Wednesdays; no talks then.",
)

# --- participation, in the person's own words ----------------------------------------------

ACCEPTED_REASONS = (
    "",
    "",
    "",
    "",
    "Ik wil mijn kinderen terugzien. Als dit helpt, doe ik mee.",
    "Praten kan geen kwaad.",
    "I want a job when I get out. If you can help with that, OK.",
    "Mijn moeder vroeg het me.",
    "D'accord, mais c'est moi qui décide ce que je raconte.",
    "Ik verveel me hier. Waarom niet.",
)
DECLINED_REASONS = (
    "Ik wil eerst mijn advocaat spreken.",
    "I don't trust anyone from the prison.",
    "Ik heb niks te zeggen tegen jullie. Ik ben niet radicaal.",
    "Je n'ai pas besoin d'aide, je veux juste qu'on me laisse tranquille.",
    "Mijn proces is nog bezig. Daarna misschien.",
    "Wat ik zeg komt toch in een verslag voor de rechtbank.",
    "I've talked to enough people already. Psychologist, PSD, imam. Enough.",
    "Mijn familie wil niet dat ik met jullie praat.",
    "Pas maintenant. Peut-être après le jugement.",
)
ACCEPTED_AFTER_DECLINING = (
    "Ik heb erover nagedacht. We kunnen eens praten.",
    "My lawyer says it is up to me. OK then.",
    "Mon frère m'a dit que ça l'avait aidé.",
)
PAUSED_REASONS = (
    "Mijn proces begint volgende maand, ik heb nu geen hoofd voor gesprekken.",
    "Mijn vader is gestorven. Even niet.",
    "I need a break, too much going on with my family.",
    "Laat me eerst wennen aan deze gevangenis.",
)
RESUMED_REASONS = (
    "Ik ben er terug klaar voor.",
    "OK, we can continue.",
    "On peut reprendre.",
)
WITHDRAWN_REASONS = (
    "Ik wil niet meer. Het verandert toch niks aan mijn datum.",
    "Mijn advocaat raadt het af.",
    "I don't want to talk about this anymore.",
    "Je ne viens plus. C'est fini pour moi.",
)

# --- the traject, in the consultant's words ------------------------------------------------

PHASE_NOTES = {
    "first_contact": (
        "First meeting in the consultation room; explained what the traject is and is not.",
        "Introduced by the psychosocial service; short first talk on the wing.",
        "Asked for a talk after reading the leaflet.",
    ),
    "building_trust": (
        "Weekly talks, mostly about family and daily life on the wing.",
        "Talks about football and school; a little more open each week.",
        "Keeps every appointment; many questions about confidentiality.",
    ),
    "exploring": (
        "Needs mapped: family contact, education, housing after release.",
        "Talked about old passions (boxing, drawing) and strengths.",
        "Wants to finish secondary school; interested in a welding course.",
    ),
    "critical_reflection": (
        "Talks about how it started; questions the group's promises.",
        "Reflects on the online contacts of that time; first doubts said out loud.",
        "Discussed what it did to the family; a difficult but honest talk.",
    ),
    "reintegration_planning": (
        "Plan drafted with welfare work, VDAB and the justice house.",
        "Working on housing and income for the first months after release.",
        "Multi-agency meeting to agree on the reintegration plan.",
    ),
    "release_preparation": (
        "Plan presented to the sentence implementation court.",
        "Leave outings go well; housing arranged with a sister.",
        "Going through the release conditions with the justice assistant.",
    ),
    "aftercare": (
        "Released; first meeting outside, at the justice house.",
        "Released under conditions; settling in, looking for work with VDAB.",
    ),
}
CLOSED_AFTER_AFTERCARE = (
    "Aftercare completed six months after release.",
    "Handed over to the local integrated security cell for further follow-up.",
    "Moved to another region after release; follow-up handed over.",
)
CLOSED_AFTER_WITHDRAWAL = (
    "Withdrew from the traject; no contact for several months.",
    "Withdrew from the traject; closed at own request.",
)
TRANSFER_NOTES = (
    "",
    "",
    "Moved closer to family.",
    "Transfer decided by the prison administration.",
    "Moved for a vocational training course.",
)

# --- partner services (keys of the shipped defaults) ----------------------------------------

# Which services a case is likely to involve, and the needs they work on.
SERVICE_WEIGHTS = (
    ("psd", 30),
    ("caw-jww", 25),
    ("vdab", 18),
    ("cvo", 14),
    ("justitiehuis", 15),
    ("cgg", 8),
    ("cad", 5),
    ("islamitisch-consulent", 12),
    ("moreel-consulent", 4),
    ("livc-r", 8),
)
# Services that work inside the prison only: their involvement ends at release.
INSIDE_ONLY = frozenset({"psd", "cvo", "islamitisch-consulent", "moreel-consulent"})
SERVICE_NEEDS = {
    "psd": ("Report for the sentence implementation court", "Leave outings and release plan"),
    "caw-jww": ("Housing after release", "Debts and budget", "Contact with the children", "Family visits"),
    "vdab": ("Work after release", "Vocational training as a welder", "CV and job applications", "Forklift licence"),
    "cvo": ("Dutch as a second language", "Secondary school diploma", "Computer skills"),
    "justitiehuis": ("Release conditions", "Supervision after release", "Social inquiry for the court"),
    "cgg": ("Sleep and stress", "Talks with a psychologist"),
    "cad": ("Cannabis use", "Staying clean after release"),
    "islamitisch-consulent": ("Questions about faith", "Reading texts together"),
    "moreel-consulent": ("Talks about meaning and values",),
    "livc-r": ("Aftercare in the home municipality", "Case consultation before release"),
}
SHARING_ALLOWED = (
    "Attendance and general progress of the traject.",
    "Dates of appointments and practical needs (housing, work, papers).",
    "The reintegration plan as agreed together.",
    "Needs around work and education.",
)
SHARING_NOT_ALLOWED = (
    "Nothing about family conflicts.",
    "No session notes; nothing about the offence.",
    "Nothing about health.",
    "Nothing in writing without asking first.",
    "",
)
# Contact people at the services: invented combinations of common names.
CONTACT_GIVEN_NAMES = _names(
    "Els, An, Tom, Bart, Sarah, Nadia, Hilde, Katleen, Jan, Rik, Ilse, Soumia, Dirk, Evelien, Bram, Leila,"
    " Wendy, Geert, Sofie, Hamid, Veerle, Kristof, Ines, Said"
)
CONTACT_SURNAMES = _names(
    "Vermeiren, De Clercq, Wuyts, Stevens, Laermans, Van Hove, Bouazza, Cornelis, Segers, Aerts, Michiels,"
    " Ben Ali, Van Dyck, Verhoeven, Lenaerts, El Hadouchi, Bogaert, Van Rompaey, Smolders, Daems"
)

# --- contacts and actions -------------------------------------------------------------------

SESSION_KINDS = (("individual", 76), ("multi_agency", 7), ("family", 5), ("case_consultation", 5), ("phone_video", 7))
SESSION_TIMES = ((9, 0), (9, 30), (10, 30), (13, 30), (14, 0), (15, 0))
# (description, who does it); "{person}" is the name the person goes by.
ACTIONS = (
    ("Ask the PSD when the report for the court is due", "consultant"),
    ("Call the mother about the family visit", "consultant"),
    ("Apply for a new identity card before release", "{person}"),
    ("Register for the welding course", "VDAB"),
    ("Look for a room after release", "CAW"),
    ("Send the reintegration plan to the justice house", "consultant"),
    ("Find a Dutch course at the next level", "CVO"),
    ("Plan a multi-agency meeting", "consultant"),
    ("Go through debts and bank account", "CAW"),
    ("Ask the Islamic counsellor for a joint talk", "consultant"),
    ("Bring the books asked for", "consultant"),
    ("Write a letter to the children", "{person}"),
    ("Discuss aftercare with the local integrated security cell", "consultant"),
)
