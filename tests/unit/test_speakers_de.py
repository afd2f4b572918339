"""German speakers where the verb comes second: who stands before it and who after."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def test_a_pronoun_after_the_verb_speaks_when_a_prepositional_phrase_fills_the_place_before_it() -> None:
    text = ("Präsident Felipe Calderón will zwei Milliarden Euro ausgeben. Seit vielen Monaten fehlt der Regen. "
            "Bei einem Besuch in Zacatecas verkündete er: „Keine Familie wird Wasser- oder Lebensmittelmangel "
            "erleiden“.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "direct"]
    assert q.speaker == "Felipe Calderón"
    assert text[q.speaker_start : q.speaker_end] == "er"
    assert q.cue == "verkündete"


def test_an_epithet_before_an_auxiliary_means_the_relative_named_before_not_a_lone_noun() -> None:
    text = ("Der Vater hat einen Abschiedsbrief hinterlassen. Die Polizei ist mit der Auswertung des Briefes "
            "beschäftigt. Der 58-Jährige habe darin geschrieben, er müsse seine Kinder aus diesem Leben nehmen.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert q.speaker == "Vater"
    assert q.cue == "geschrieben"


def test_a_described_speaker_ends_before_its_auxiliary() -> None:
    text = ("Die Polizei ist mit der Auswertung des Briefes beschäftigt. Der 58-Jährige habe darin geschrieben, "
            "er müsse seine Kinder aus diesem Leben nehmen.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert q.speaker == "Der 58-Jährige"
    assert text[q.speaker_start : q.speaker_end] == "Der 58-Jährige"


def test_von_before_where_someone_works_is_a_preposition_not_a_name_particle() -> None:
    text = ("John Sifton von Human Rights Watch sagte, dass der Zwischenfall wahrscheinlich ein Kriegsverbrechen sei. "
            "Mayra Veliz von der Staatsanwaltschaft bezeichnete die Opferangaben als vorläufig, da der Tatort noch "
            "nicht abgesucht sei.")
    speakers = [q.speaker for q in extract(text, lang="de").quotes]
    assert speakers == ["John Sifton", "Mayra Veliz"]


def test_von_between_given_name_and_surname_stays_inside_the_name() -> None:
    text = ("Ursula von der Leyen sagte, die Kommission werde handeln. Otto von Habsburg sagte, er sei nach der "
            "langen Reise sehr müde.")
    speakers = [q.speaker for q in extract(text, lang="de").quotes]
    assert speakers == ["Ursula von der Leyen", "Otto von Habsburg"]


def test_a_role_noun_alone_in_the_apposition_makes_the_two_words_before_it_a_name() -> None:
    text = ("Die Regierung hat keine Erklärung abgegeben.\n\nDolkun Isa, der Sekretär des Weltkongresses der Uiguren "
            "sagte gegenüber der Voice of America, es sei schwierig, Informationen darüber zu bestätigen.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert q.speaker == "Dolkun Isa"
    assert q.role == "Sekretär des Weltkongresses der Uiguren"


def test_reports_are_the_source_but_no_person() -> None:
    text = ("Heftige Regenfälle haben im Bundesstaat Tabasco laut Medienberichten zu den schwersten "
            "Überschwemmungen seit 50 Jahren geführt.")
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.speaker_kind) == ("Medienberichten", "unknown")


def test_what_was_said_starts_after_the_comma_that_closes_the_listener() -> None:
    text = ("Dolkun Isa sagte gegenüber der Voice of America, es sei schwierig, Informationen darüber zu bestätigen, "
            "was genau passiert ist.")
    (q,) = extract(text, lang="de").quotes
    assert q.text.startswith("es sei schwierig, Informationen")
    assert (q.agency, q.agency_relation) == ("Voice of America", "told")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Außerdem ließ der Pressedienst des brasilianischen Außenministeriums verlauten, dass über die weitere "
     "Integration des Kontinents beraten werden solle.", "Pressedienst"),
    ("Ein Sprecher des deutschen Auswärtigen Amtes sagte, die Lage sei ernst und unübersichtlich.",
     "Ein Sprecher des deutschen Auswärtigen Amtes"),
])
def test_an_adjective_in_the_genitive_leaves_the_speaker_the_one_whose_it_is(text: str, speaker: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    "Der Forscher erläuterte die Klimapolitik aus Sicht Chinas.",
    "Brüderle sieht die Gefahr der Einschränkung des freien Wettbewerbs.",
])
def test_a_noun_phrase_after_the_verb_is_what_it_is_about_not_what_was_said(text: str) -> None:
    assert [q for q in extract(text, lang="de").quotes if q.kind == "indirect"] == []


def test_a_noun_phrase_report_still_brings_in_the_konjunktiv_sentences_after_it() -> None:
    text = ("Die Hamburger Stadtreinigung äußerte Zweifel an der Darstellung des Angestellten. Für eine Frist "
            "von einem Jahr sei es rechtens, Gewerbeabfälle auf der Deponie zu lagern.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert q.text.startswith("Für eine Frist von einem Jahr sei es rechtens")
    assert q.speaker == "Hamburger Stadtreinigung"


@pytest.mark.parametrize(("text", "reports"), [
    ("Die SPD-Führung stellte heute ein 42-seitiges Manifest vor, bei dem es um die Ziele der Partei geht.", 0),
    ("Eine Stunde später stellte sich der Ehemann nach einem Fluchtversuch der Polizei.", 0),
    ("Mit einer Arbeitslosenrate von 40 Prozent teilt sich Timor-Leste Platz 158 mit Ruanda auf dem Index.", 0),
    ("Der Minister stellte klar, dass die Steuern nicht erhöht werden sollen.", 1),
    ("Die Polizei teilte am Montag mit, dass zwei Verdächtige festgenommen worden seien.", 1),
])
def test_stellte_and_teilte_speak_only_with_their_particle(text: str, reports: int) -> None:
    assert len([q for q in extract(text, lang="de").quotes if q.kind == "indirect"]) == reports


@pytest.mark.parametrize("text", [
    "Wie jedes Jahr erinnerten Aktivisten an die Ausrufung des unabhängigen Staates im Dezember 1962.",
    "Die Partei D66 zog eine Konsequenz: Sie kündigte ihre Unterstützung für die Koalition auf.",
    "Die Stadt Hamburg kassiert dafür 150 Euro pro Tonne, hinzu kommen noch die Transportkosten von 200 Euro.",
    "Die Nachfolgeorganisation sieht sich ebenso wie ihre Vorgängerpartei mit einem möglichen Verbot konfrontiert.",
])
def test_verbs_of_speech_in_other_senses_report_nothing(text: str) -> None:
    assert [q for q in extract(text, lang="de").quotes if q.kind == "indirect"] == []


def test_erinnerte_daran_and_kuendigte_an_still_report() -> None:
    text = ("Der Minister erinnerte daran, dass die Regierung die Steuern nicht erhöhen werde. Die Kanzlerin "
            "kündigte an, dass sie im Herbst erneut kandidieren werde.")
    assert [q.cue for q in extract(text, lang="de").quotes if q.kind == "indirect"] == ["erinnerte", "kündigte"]


@pytest.mark.parametrize("tail", ["machte die Kanzlerin den Helfern Mut.", ", machte sie den Helfern Mut."])
def test_words_announced_by_mit_den_worten_are_the_clauses_subjects(tail: str) -> None:
    opening = "Bundeskanzlerin Angela Merkel sprach in Berlin."
    text = f"{opening} Mit den Worten „Wir schaffen das“ {tail}".replace(" ,", ",")
    (q,) = extract(text, lang="de").quotes
    assert (q.text, q.speaker) == ("Wir schaffen das", "Angela Merkel")
    assert "with the words" in q.evidence


def test_a_pronoun_after_the_announced_words_means_no_lone_noun() -> None:
    text = ("Das Unabhängigkeitsreferendum wurde für unzulässig erklärt. Der auf der Konferenz anwesende Minister "
            "reagierte gelassen: Mit den Worten „Jetzt werden alle Fragen in der G20 diskutiert“, richtete er seinen "
            "Blick auf die Welt.")
    assert all(q.speaker != "Unabhängigkeitsreferendum" for q in extract(text, lang="de").quotes)


def test_a_capitalised_verb_form_inside_a_german_sentence_is_a_noun() -> None:
    text = ("Die verbleibenden 30.000 der insgesamt 168.000 Versicherten der aufgelösten City BKK, welche noch keine "
            "neue Versicherung haben, müssen ebendiese bis zum 14. Juli vorweisen.")
    assert [q for q in extract(text, lang="de").quotes if q.cue == "Versicherten"] == []


def test_dies_gibt_bekannt_reports_the_sentence_before_and_its_quoted_words() -> None:
    text = ("Die Versicherten, welche noch keine „leistungsaushelfende Versicherung“ haben, müssen ebendiese bis zum "
            "14. Juli 2011 vorweisen. Dies gibt der Landesapothekerverband Baden-Württemberg bekannt.")
    quotes = extract(text, lang="de").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Landesapothekerverband Baden-Württemberg"),
        ("partial", "Landesapothekerverband Baden-Württemberg")]
    assert extract("Es gibt keine Alternative zu diesem Plan der Regierung in Berlin.", lang="de").quotes == ()


def test_darin_steht_quotes_the_document_the_sentence_before_named() -> None:
    text = ("Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: „Besonders "
            "betroffen sind wir, weil die Möglichkeit bestanden hätte, den Tatverdächtigen festzunehmen.“")
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.cue) == ("eine Stellungnahme", "steht")
    assert extract("Das Haus steht seit Jahren leer, und der Garten verwildert immer mehr.", lang="de").quotes == ()
