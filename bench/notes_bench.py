"""Notes at scale: a vault of 1,000 demo cases topped up to 100,000 session notes.

Measures, and prints side by side with a baseline:
- search: `services.search.search` against the same FTS5 query run directly on the database (the query
  alone, ranked and limited, with no snippet, no join and no Python objects);
- saving a note (`services.contacts.save_note`: the update, its FTS5 triggers, the audit entry);
- building the notes of a period as a 20-page and a 200-page document against a bare reportlab document
  of the same text (DejaVu, plain paragraphs, no header or footer).

Cheap Argon2id: this measures the store and the documents, not the key derivation. Never fails.

    .venv/bin/python bench/notes_bench.py [--cases 1000] [--notes 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

from trajectapp.paths import user_folders_inside
from trajectapp.vault.kdf import KdfFloor

PASSPHRASE = "bench vault with fictional people"
# The bench's vaults are made with cheap Argon2id (1 MiB, 1 pass), which only a lowered floor reads.
CHEAP_FLOOR = KdfFloor(memory_kib=1024, iterations=1)
SEARCH_RUNS = 15
SAVE_RUNS = 50
DOCUMENT_RUNS = 3
LIMIT = 200  # as many hits as the search page lists
# What a consultant looks for: a rare remark, a name (typed without its accents), a common word, a word
# being typed, two words.
QUERIES = ("vlieger", "celik", "familie", "leerco", "moeder werk")
RARE_WORDS = ("vlieger", "saxofoon", "imkeren", "origami", "schaken", "duiven")
# In Dutch, as the demo's notes are.
PARAGRAPH_WORDS = (
    "gepraat",
    "over",
    "de",
    "week",
    "op",
    "de",
    "sectie",
    "werk",
    "in",
    "de",
    "keuken",
    "school",
    "cursus",
    "getuigschrift",
    "bezoek",
    "moeder",
    "zus",
    "brief",
    "slaap",
    "twijfel",
    "toekomst",
    "plan",
    "vrijlating",
    "huisvesting",
    "schulden",
    "voetbal",
    "vrienden",
    "kwaadheid",
    "rust",
    "lezen",
    "gebed",
    "vragen",
    "vertrouwen",
    "leercontract",
    "lassen",
    "koken",
    "tekenen",
    "muziek",
    "hij",
    "zei",
    "dat",
    "wil",
    "te",
    "proberen",
)


def timed(work, runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        found.append(time.perf_counter() - started)
    return found


def note_text(rng: random.Random, paragraphs: int) -> str:
    """A note in the demo's markup: a heading, paragraphs, a short list, and now and then a rare word."""
    lines = ["# " + rng.choice(("Gesprek", "Bezoek", "Opvolging", "Overleg"))]
    for _ in range(paragraphs):
        words = rng.choices(PARAGRAPH_WORDS, k=rng.randint(25, 60))
        if rng.random() < 0.01:
            words.insert(rng.randrange(len(words)), rng.choice(RARE_WORDS))
        if rng.random() < 0.05:
            words.insert(rng.randrange(len(words)), rng.choice(("Çelik Ağaoğlu", "Zoë Verbruggen", "Nadia El Ouafi")))
        lines += ["", " ".join(words).capitalize() + "."]
    lines += [
        "",
        "- " + " ".join(rng.choices(PARAGRAPH_WORDS, k=6)),
        "- " + " ".join(rng.choices(PARAGRAPH_WORDS, k=5)),
    ]
    return "\n".join(lines)


def build_vault(folder: Path, cases: int, notes: int) -> tuple[float, int]:
    """The demo vault, then held sessions with notes until the vault holds `notes` notes; (seconds, notes)."""
    from trajectapp.domain.sessions import Session
    from trajectapp.services.demo import create_demo_vault
    from trajectapp.store.connection import transaction
    from trajectapp.store.contacts import SessionRepository
    from trajectapp.vault.kdf import KdfParams
    from trajectapp.vault.vault import unlock_vault

    started = time.perf_counter()
    create_demo_vault(
        folder,
        PASSPHRASE,
        cases=cases,
        seed=2017,
        kdf=KdfParams(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1),
    )
    vault = unlock_vault(folder, PASSPHRASE, kdf_floor=CHEAP_FLOOR)
    try:
        connection = vault.connection
        connection.execute("PRAGMA cache_size = -262144")
        have = connection.execute("SELECT count(*) FROM sessions WHERE note <> ''").fetchone()[0]
        case_ids = [row[0] for row in connection.execute("SELECT id FROM cases")]
        rng = random.Random(2017)
        first = datetime(2019, 1, 7, 9, 30)
        repository = SessionRepository(connection)
        with transaction(connection):
            for number in range(max(notes - have, 0)):
                # One case in a hundred notes gets the note: a case followed for years, for the 200-page document.
                case_id = case_ids[0] if number % 100 == 0 else rng.choice(case_ids)
                starts = first + timedelta(days=rng.randrange(2500), hours=rng.randrange(8))
                repository.add(Session(None, case_id, starts, "held", note=note_text(rng, rng.randint(2, 5))))
        total = connection.execute("SELECT count(*) FROM sessions WHERE note <> ''").fetchone()[0]
    finally:
        vault.lock()
    return time.perf_counter() - started, total


def measure_search(vault) -> list[tuple[str, float, float, int]]:
    from trajectapp.services.search import fts_query, search

    rows = []
    for text in QUERIES:
        query = fts_query(text)

        def direct(query: str = query) -> list:
            return vault.connection.execute(
                "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT ?", (query, LIMIT)
            ).fetchall()

        hits = vault.connection.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH ?", (query,)
        ).fetchone()[0]
        search(vault, text, LIMIT)  # warm the page cache for both alike
        ours = statistics.median(timed(lambda text=text: search(vault, text, LIMIT), SEARCH_RUNS))
        bare = statistics.median(timed(direct, SEARCH_RUNS))
        rows.append((text, ours, bare, hits))
    return rows


def measure_save(vault) -> float:
    from trajectapp.services.contacts import save_note

    rng = random.Random(7)
    sessions = vault.connection.execute(
        "SELECT id, case_id FROM sessions WHERE note <> '' ORDER BY random() LIMIT ?", (SAVE_RUNS,)
    ).fetchall()
    times = []
    for session_id, case_id in sessions:
        note = note_text(rng, 8)
        started = time.perf_counter()
        save_note(vault, case_id=case_id, session_id=session_id, note=note)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bare_document(texts: list[str]) -> bytes:
    """The same text with reportlab and nothing else: DejaVu paragraphs on A4."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from trajectapp.documents import fonts

    fonts.register_fonts()
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=15)
    story = [Paragraph(escape(line), style) for text in texts for line in text.splitlines() if line.strip()]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def measure_documents(vault) -> list[tuple[int, int, float, float, int]]:
    """(pages asked, pages made, ours, bare reportlab, sessions) for a case period of about 20 and 200 pages."""
    from pypdf import PdfReader

    try:
        from trajectapp.documents.session_notes import session_notes_document
        from trajectapp.services.session_notes import gather_period_notes
    except ImportError as error:
        print(f"  documents: not measured ({error})")
        return []
    (case_id,) = vault.connection.execute(
        "SELECT case_id FROM sessions GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    rows = []
    for wanted in (20, 200):
        # Grow the period until the document has about `wanted` pages.
        sessions = vault.connection.execute(
            "SELECT starts_at FROM sessions WHERE case_id = ? AND note <> '' ORDER BY starts_at", (case_id,)
        ).fetchall()
        start = date.fromisoformat(sessions[0][0][:10])
        end = date.fromisoformat(sessions[-1][0][:10])
        data = gather_period_notes(vault, case_id, start, end)
        pdf = session_notes_document(data, today=date.today(), include_special=True)
        pages = len(PdfReader(BytesIO(pdf)).pages)
        count = max(1, round(len(sessions) * wanted / pages))
        if count > len(sessions):
            print(f"  documents: the busiest case has {pages} pages of notes, not {wanted}")
            count = len(sessions)
        end = date.fromisoformat(sessions[count - 1][0][:10])
        data = gather_period_notes(vault, case_id, start, end)
        texts = [session.note for session in data.sessions]
        pdf = session_notes_document(data, today=date.today(), include_special=True)
        made = len(PdfReader(BytesIO(pdf)).pages)
        ours = statistics.median(
            timed(
                lambda data=data: session_notes_document(data, today=date.today(), include_special=True), DOCUMENT_RUNS
            )
        )
        bare = statistics.median(timed(lambda texts=texts: bare_document(texts), DOCUMENT_RUNS))
        rows.append((wanted, made, ours, bare, count))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    from trajectapp.vault.vault import unlock_vault

    with tempfile.TemporaryDirectory(prefix="trajectapp-notes-bench-") as temporary:
        os.environ.update(user_folders_inside(Path(temporary)))
        folder = Path(temporary) / "vault"
        seconds, notes = build_vault(folder, args.cases, args.notes)
        size = (folder / "vault.db").stat().st_size / 2**20
        print(f"Vault: {args.cases} cases, {notes} notes, {size:.0f} MiB, built in {seconds:.1f} s")
        vault = unlock_vault(folder, PASSPHRASE, kdf_floor=CHEAP_FLOOR)
        try:
            print(f"\nSearch (median of {SEARCH_RUNS}, best {LIMIT} hits)")
            print(f"  {'query':<14}{'matches':>9}{'search()':>11}{'FTS5 alone':>12}{'ratio':>8}")
            for text, ours, bare, hits in measure_search(vault):
                print(f"  {text:<14}{hits:>9}{ours * 1000:>9.1f} ms{bare * 1000:>9.1f} ms{ours / bare:>8.2f}")
            print(f"\nSaving a note (median of {SAVE_RUNS}): {measure_save(vault) * 1000:.1f} ms")
            print(f"\nNotes of a period as a document (median of {DOCUMENT_RUNS})")
            print(f"  {'pages':>6}{'sessions':>10}{'ours':>10}{'bare reportlab':>16}{'ratio':>8}")
            for _wanted, made, ours, bare, count in measure_documents(vault):
                print(f"  {made:>6}{count:>10}{ours:>8.2f} s{bare:>14.2f} s{ours / bare:>8.2f}")
        finally:
            vault.lock()


if __name__ == "__main__":
    sys.exit(main())
