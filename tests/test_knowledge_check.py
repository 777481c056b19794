"""A curator breaks the base in every usual way; the checker says exactly where and how to fix it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.kb.loading import load_knowledge
from tests.conftest import KNOWLEDGE, ROOT


def problems_for(knowledge: Path, name: str, text: str) -> list[str]:
    """The problems a broken file causes in the English base (a new English text also lacks its translations,
    which ``test_languages`` covers)."""
    (knowledge / name).write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge)
    return [str(p) for p in caught.value.problems if not p.file.startswith("knowledge/lang/")]


def test_the_real_knowledge_base_passes_the_check() -> None:
    kb = load_knowledge(KNOWLEDGE)
    assert len(kb.entries) >= 30 and len(kb.claims) >= 30


def test_check_command_exits_zero_on_the_real_base() -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "knowledge base OK" in done.stdout


def test_a_wrong_type_names_file_line_entry_and_field(knowledge_copy: Path) -> None:
    text = "claims:\n  - id: bad-claim\n    statement: 5\n"
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert "knowledge/zz.yaml:3: entry 'bad-claim': statement: input should be a valid string; got int '5'" in found


def test_a_missing_field_is_reported_at_its_entry(knowledge_copy: Path) -> None:
    text = "caveats:\n  - id: lonely\n"
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == ["knowledge/zz.yaml:2: entry 'lonely': text: required field is missing; add it"]


def test_an_unknown_key_is_reported_with_its_line(knowledge_copy: Path) -> None:
    text = "caveats:\n  - id: typo\n    text: A caveat.\n    txet: oops\n"
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == ["knowledge/zz.yaml:4: entry 'typo': txet: unknown key; remove it or correct its spelling"]


def test_a_dangling_reference_is_reported(knowledge_copy: Path) -> None:
    text = "topics:\n  - id: ghost\n    label: Ghost topic\n    entry: no-such-entry\n"
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == [
        "knowledge/zz.yaml:4: entry 'ghost': entry: unknown entry 'no-such-entry'; define it or fix the id"
    ]


def test_a_quote_not_in_the_article_is_refused(knowledge_copy: Path) -> None:
    text = (
        "claims:\n  - id: invented\n    statement: The article says something it never said.\n"
        "    claimant: article\n    chain: [article]\n    quote: Russia has won the war.\n"
        "    slide: An army in disarray\n    status: article_analysis\n"
    )
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == [
        "knowledge/zz.yaml:6: entry 'invented': quote: quote not found in the article; copy it verbatim from "
        "knowledge/article.txt"
    ]


def test_a_phrasing_used_by_two_entries_is_refused(knowledge_copy: Path, ) -> None:
    kb = load_knowledge(KNOWLEDGE)
    taken = kb.entries["casualties-overview"].phrasings.en[0]
    phrasings = "".join(f"      - other question {i}\n" for i in range(8))
    text = (
        "not_covered:\n  - id: copycat\n    kind: silent\n    label: Copycat\n    phrasings:\n      en:\n"
        f"      - {taken!r}\n{phrasings}    reply:\n      en: It says nothing.\n"
    )
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == [
        f"knowledge/zz.yaml:7: entry 'copycat': phrasings.en[0]: {taken!r} is also a phrasing of "
        "'casualties-overview'; keep it in one entry"
    ]


def test_yaml_syntax_errors_and_unsafe_tags_are_refused_with_a_line(knowledge_copy: Path) -> None:
    assert problems_for(knowledge_copy, "zz.yaml", "caveats:\n  - id: x\n   text: [\n") [0].startswith(
        "knowledge/zz.yaml:3: YAML error")
    found = problems_for(knowledge_copy, "zz.yaml", "caveats:\n  - !!python/object:os.system {}\n")
    assert found == ["knowledge/zz.yaml:2: YAML error: tag 'tag:yaml.org,2002:python/object:os.system' is not "
                     "allowed; remove it"]
    found = problems_for(knowledge_copy, "zz.yaml", "caveats:\n  - id: !!python/name:os.system\n")
    assert found[0].startswith("knowledge/zz.yaml:2: YAML error: could not determine a constructor")


def test_invalid_utf8_and_oversized_files_are_refused(knowledge_copy: Path) -> None:
    (knowledge_copy / "zz.yaml").write_bytes(b"caveats:\n  - id: x\n    text: caf\xe9\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert str(caught.value.problems[0]) == "knowledge/zz.yaml:3: not valid UTF-8; save the file as UTF-8"
    (knowledge_copy / "zz.yaml").write_text("caveats: []\n" + "#" * 10_000_000, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert "over the 1,000,000-byte limit" in str(caught.value.problems[0])


def test_loaded_verbs_outside_quotes_are_flagged(knowledge_copy: Path) -> None:
    text = (
        "not_covered:\n  - id: loaded\n    kind: silent\n    label: Loaded\n    phrasings:\n      en:\n"
        + "".join(f"      - loaded question {i}\n" for i in range(8))
        + "    reply:\n      en: Russia only admits nothing here.\n"
    )
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == [
        "knowledge/zz.yaml:16: entry 'loaded': reply.en: loaded verb 'only admits' outside a quotation; "
        "use says, estimates or reports"
    ]


def test_check_warns_about_a_token_in_a_tracked_file(tmp_path: Path) -> None:
    from bot.curation.secrets_scan import token_warnings

    leaked = tmp_path / "config.py"
    leaked.write_text("x = 1\nTOKEN = '1234567890:AAE" + "k" * 32 + "'\n", encoding="utf-8")
    found = [str(p) for p in token_warnings([leaked], tmp_path)]
    assert found == ["config.py:2: warning: a token-shaped string is in a tracked file; remove it, rotate the token, "
                     "and keep tokens in .env"]


def test_an_unreadable_file_and_deep_nesting_are_refused_with_a_line(knowledge_copy: Path) -> None:
    (knowledge_copy / "folder.yaml").mkdir()
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert str(caught.value.problems[0]).startswith("knowledge/folder.yaml:1: cannot read the file")
    (knowledge_copy / "folder.yaml").rmdir()
    deep = "caveats:\n" + "".join("  " * i + "- \n" for i in range(1, 40))
    found = problems_for(knowledge_copy, "zz.yaml", deep)
    assert found[0].startswith("knowledge/zz.yaml:") and "nested deeper than 20 levels; flatten it" in found[0]


def test_an_integer_past_pythons_digit_limit_is_a_located_problem(knowledge_copy: Path) -> None:
    text = "caveats:\n  - id: huge\n    text: " + "9" * 5_000 + "\n"
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == ["knowledge/zz.yaml:3: an integer of 5,000 digits is too long to read; shorten it, "
                     "or quote it if it is text"]


def test_an_impossible_date_is_a_located_problem(knowledge_copy: Path) -> None:
    found = problems_for(knowledge_copy, "zz.yaml", "caveats:\n  - id: when\n    text: 2026-13-45\n")
    assert found == ["knowledge/zz.yaml:3: value cannot be read (month must be in 1..12); quote it if it is text"]


def test_check_is_quiet_on_a_clean_base() -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=ROOT, capture_output=True, text=True)
    assert "warning" not in done.stdout + done.stderr, done.stdout
    assert done.stdout.startswith("knowledge base OK")


def test_a_synonym_that_would_merge_an_unrelated_word_still_warns(knowledge_copy: Path) -> None:
    from bot.kb.loading import inspect_knowledge

    lexicon = knowledge_copy / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    assert "      - losing anyone\n" in text
    lexicon.write_text(text.replace("      - losing anyone\n", "      - losing anyone\n      - allowance\n", 1),
                       encoding="utf-8")
    _, problems = inspect_knowledge(knowledge_copy)
    warnings = [str(p) for p in problems if p.warning]
    assert len(warnings) == 1 and "variant 'allowance' stems like the base's word 'allowed'" in warnings[0]


def test_a_source_that_says_an_entry_quoting_someone_else_is_refused(knowledge_copy: Path) -> None:
    text = ("sources:\n  - id: zz-agency\n    name: ZZ Agency\n    short: ZZ\n    role: news_outlet\n"
            "    cited_for: Nothing.\n    says: [casualties-russia, no-such-entry]\n")
    found = problems_for(knowledge_copy, "zz.yaml", text)
    assert found == [
        "knowledge/zz.yaml:7: entry 'zz-agency': says[1]: unknown entry 'no-such-entry'; define it or fix the id",
        "knowledge/zz.yaml:7: entry 'zz-agency': says[0]: entry 'casualties-russia' cites no claim 'zz-agency' "
        "makes or passes on; pick an entry that quotes it",
    ]


def test_a_restart_skips_the_checks_only_for_the_very_files_it_checked_clean(knowledge_copy: Path,
                                                                               tmp_path: Path) -> None:
    from bot.core.answers import load_answerer
    from bot.kb.stemcache import knowledge_digest, read_cache

    cache = tmp_path / "stems.json"
    load_answerer(knowledge_copy, cache)
    assert read_cache(cache).checked == knowledge_digest(knowledge_copy)
    (knowledge_copy / "zz.yaml").write_text(
        "claims:\n  - id: invented\n    statement: The article says something it never said.\n"
        "    claimant: article\n    chain: [article]\n    quote: Russia has won the war.\n"
        "    slide: An army in disarray\n    status: article_analysis\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_answerer(knowledge_copy, cache)
    assert any("quote not found in the article" in str(p) for p in caught.value.problems)


def test_a_story_that_goes_on_to_an_unknown_entry_is_reported_with_its_line(knowledge_copy: Path) -> None:
    entries = knowledge_copy / "entries.yaml"
    text = entries.read_text(encoding="utf-8")
    line = text[: text.index("    then: reuters-fourteen")].count("\n") + 1
    entries.write_text(text.replace("    then: reuters-fourteen", "    then: reuters-fifteen", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert [str(p) for p in caught.value.problems] == [
        f"knowledge/entries.yaml:{line}: entry 'reuters-not-our-war': then: unknown entry 'reuters-fifteen'; "
        "define it or fix the id"
    ]


def test_words_asking_the_other_way_need_an_answer_that_opens_with_yes_or_no(knowledge_copy: Path) -> None:
    entries = knowledge_copy / "entries.yaml"
    text = entries.read_text(encoding="utf-8")
    opened = "        No: the article says these recordings are contrary"
    assert opened in text
    entries.write_text(text.replace(opened, "        The article says these recordings are contrary"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    found = [str(p) for p in caught.value.problems]
    assert any("entry 'geneva-convention': asked_the_other_way: the answer opens with no yes or no to turn round"
               in p and p.startswith("knowledge/entries.yaml:") for p in found), found


def test_two_words_for_a_name_in_the_lexicon_are_refused_with_the_fix(knowledge_copy: Path) -> None:
    lexicon = knowledge_copy / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    second = "    surname: [surnamed]\n    name: [called, named,"
    lexicon.write_text(text.replace("    name: [called, named,", second, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    found = [str(p) for p in caught.value.problems]
    assert any("lexicon.yaml" in p and "naming" in p and "keep one" in p for p in found), found


def test_a_gap_asked_beside_an_unknown_entry_is_reported_with_its_line(knowledge_copy: Path) -> None:
    gaps = knowledge_copy / "not_covered.yaml"
    text = gaps.read_text(encoding="utf-8")
    line = text[: text.index("    asked_beside: [legal-regulations]")].count("\n") + 1
    gaps.write_text(text.replace("    asked_beside: [legal-regulations]", "    asked_beside: [legal-rules]", 1),
                    encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert [str(p) for p in caught.value.problems] == [
        f"knowledge/not_covered.yaml:{line}: entry 'deserter-executions': asked_beside[0]: unknown entry "
        "'legal-rules'; define it or fix the id"
    ]
