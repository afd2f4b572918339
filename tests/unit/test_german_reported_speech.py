"""German reported speech: the Konjunktiv continues the last speaker, and the
names and brackets German news puts around its speakers."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def _by_text(a, start: str):
    found = [q for q in a.quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in a.quotes]
    return found[0]


def test_konjunktiv_sentence_continues_the_speaker_before() -> None:
    text = ("Der Staatsanwalt Peter Huber sagte, der Sohn habe sich „bewusst und gewollt stranguliert“. "
            "Dies sei eindeutig nachzuweisen gewesen.")
    a = extract(text, "de")
    cont = _by_text(a, "Dies sei eindeutig")
    assert cont.kind == "indirect"
    assert cont.speaker == "Peter Huber"
    assert cont.cue == "sei"
    assert text[cont.speaker_start:cont.speaker_end] == "Peter Huber"
    assert cont.end == text.index(" gewesen.") + len(" gewesen")
    assert "continues the speech before" in cont.evidence


def test_quote_in_a_konjunktiv_sentence_is_the_speaker_before_not_its_subject() -> None:
    text = ("Ministerin Anna Brandt betonte, unter den Verkäuferinnen seien „viele Frauen, viele "
            "Alleinerziehende, auch in der Arbeitslosigkeit.“ Sie seien „selbstverständlich so gut wie "
            "jeder andere geeignet, als Erzieherinnen zu arbeiten.“")
    a = extract(text, "de")
    first = _by_text(a, "viele Frauen")
    second = _by_text(a, "selbstverständlich")
    assert first.speaker == "Anna Brandt"
    assert first.role == "Ministerin"
    assert second.speaker == "Anna Brandt"


def test_konjunktiv_does_not_reach_past_another_speaker() -> None:
    text = ("Anna Brandt sagte, das Gesetz sei gut. Der Minister Karl Vogt widersprach ihr deutlich. "
            "Es gebe keinen Grund zur Eile.")
    a = extract(text, "de")
    assert not any(q.speaker == "Anna Brandt" for q in a.quotes if q.text.startswith("Es gebe"))


def test_konjunktiv_alone_names_no_speaker() -> None:
    text = "Die Lage sei ernst, hieß es ohne Quelle. Das Wetter war schlecht. Es gebe keinen Grund zur Eile."
    a = extract(text, "de")
    assert not any(q.text.startswith("Es gebe") for q in a.quotes)


def test_party_in_brackets_before_the_cue() -> None:
    text = ("Bundesfamilienministerin Kristina Schröder (CDU) sagte hierzu der Süddeutschen Zeitung, sie könne "
            "sich gut vorstellen, dass „unter diesen Frauen viele diese neue Chance ergreifen wollen.“")
    a = extract(text, "de")
    q = _by_text(a, "unter diesen Frauen")
    assert q.speaker == "Kristina Schröder"
    assert q.role == "Bundesfamilienministerin"
    indirect = [q for q in a.quotes if q.kind == "indirect"]
    assert len(indirect) == 1
    assert indirect[0].text.startswith("sie könne sich gut vorstellen")  # not "hierzu der Süddeutschen Zeitung"


def test_von_der_leyen_opening_a_sentence_is_a_name() -> None:
    text = ("Die Regierung tagte gestern.\n\nVon der Leyen betonte, die Lage sei „sehr ernst, aber lösbar, "
            "wenn alle mithelfen“.")
    a = extract(text, "de")
    q = _by_text(a, "sehr ernst")
    assert q.speaker == "Von der Leyen"
    assert text[q.speaker_start:q.speaker_end] == "Von der Leyen"


def test_a_full_stop_inside_the_marks_ends_the_quote_sentence() -> None:
    text = ("Anna Brandt betonte: „Wir schaffen das.“ Von der Regierung hieß es später, alles sei unklar.")
    a = extract(text, "de")
    q = _by_text(a, "Wir schaffen das.")
    assert q.speaker == "Anna Brandt"


def test_name_in_commas_before_the_verb_speaks_not_the_object_after_it() -> None:
    text = ("Der Vorsitzende des Verbands, Michael Knipper, kritisierte die Entscheidung der Behörde scharf: "
            "„Die Behörde muss sich fragen lassen, warum sie den Weg frei macht.“")
    a = extract(text, "de")
    q = _by_text(a, "Die Behörde muss")
    assert q.kind == "direct"
    assert q.speaker == "Michael Knipper"
    assert text[q.speaker_start:q.speaker_end] == "Michael Knipper"


def test_participle_at_the_end_takes_the_subject_that_opened_the_clause() -> None:
    text = ("Die Ausstellung ist eröffnet. Museumsdirektor Thomas Metz hat anlässlich der Eröffnung erklärt: "
            "„Am Beispiel des Goldbären wird ein spannendes Stück Geschichte gezeigt.“")
    a = extract(text, "de")
    q = _by_text(a, "Am Beispiel")
    assert q.speaker == "Thomas Metz"
    assert q.role == "Museumsdirektor"
    assert q.cue == "erklärt"


def test_tail_only_cue_is_not_a_lead_in() -> None:
    text = "Die Demonstranten trugen Schilder wie „Freiheit jetzt“ durch die Stadt."
    a = extract(text, "de")
    assert all(q.cue != "wie" for q in a.quotes)


def test_names_in_marks_after_a_naming_noun_are_not_speech() -> None:
    text = ("Der israelische Fernsehsender „Channel 10“ berichtete über die Lage. Die Firma wirbt mit dem "
            "Spruch (Motto: „Entsorgung ist Vertrauenssache“) für sich. Anna Brandt sagte: „Wir bleiben hier.“")
    a = extract(text, "de")
    direct = [q for q in a.quotes if q.kind != "indirect"]
    assert [q.text for q in direct] == ["Wir bleiben hier."]
    assert direct[0].speaker == "Anna Brandt"


def test_perfect_tense_cues_and_groups_that_speak() -> None:
    text = ("Die Kurse fielen stark. Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“. "
            "Der libanesische Informationsminister Ghasi Aridi hatte bereits am Samstag die Zustimmung "
            "seiner Regierung „trotz einiger Vorbehalte“ bekanntgegeben.")
    a = extract(text, "de")
    panic = _by_text(a, "Panikverkäufen")
    assert panic.speaker_kind == "anonymous"
    assert text[panic.speaker_start:panic.speaker_end] == "Analysten"
    reserve = _by_text(a, "trotz einiger Vorbehalte")
    assert reserve.speaker == "Ghasi Aridi"
    assert reserve.cue == "bekanntgegeben"


def test_a_known_first_name_opening_a_sentence_is_a_name() -> None:
    text = ("Die Müllfrage ist geklärt.\n\nWolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt den Vorgang "
            "ein „Musterbeispiel für internationale Solidarität unter den Kommunen“.")
    a = extract(text, "de")
    q = _by_text(a, "Musterbeispiel")
    assert q.speaker == "Wolfgang Hürter"
    assert text[q.speaker_start:q.speaker_end] == "Wolfgang Hürter"


def test_verb_after_a_conjunction_shares_the_subject_and_the_pronoun_is_its_object() -> None:
    text = ("Die Firma Brause AG bestätigte die Aussage der Gewerkschaft nicht und nannte sie "
            "„reine Spekulation“.")
    a = extract(text, "de")
    q = _by_text(a, "reine Spekulation")
    assert q.speaker is not None and q.speaker.endswith("Brause AG")
    assert q.cue == "nannte"


def test_named_person_opening_the_sentence_beats_the_noun_after_the_verb() -> None:
    text = ("Sascha Kempf vom Institut für Kernphysik in Heidelberg erläutert die Arbeitshypothese so: "
            "„Da gibt es zwei Partikelarten.“, und fügt hinzu: „Wir denken, die Partikel kommen von der "
            "Oberfläche.“")
    a = extract(text, "de")
    first = _by_text(a, "Da gibt es")
    second = _by_text(a, "Wir denken")
    assert first.speaker == "Sascha Kempf"
    assert second.speaker == "Sascha Kempf"


def test_name_then_apposition_with_a_quoted_organisation_opens_the_sentence() -> None:
    text = ("Arni Finnsson, ein Vertreter der Organisation „Iceland Nature Association“ (INA), "
            "kommentierte die Entscheidung mit folgenden Worten: „Es gibt in Island keinen Markt dafür.“")
    a = extract(text, "de")
    q = _by_text(a, "Es gibt in Island")
    assert q.speaker == "Arni Finnsson"
    assert text[q.speaker_start : q.speaker_end] == "Arni Finnsson"
    assert [x.text for x in a.quotes if x.kind != "indirect"] == [q.text]


def test_an_adjective_and_a_noun_with_no_article_open_the_sentence_as_its_speaker() -> None:
    text = ("Chinesische Politiker haben dazu aufgerufen, die Kontrollen zu verstärken, und angekündigt, man "
            "werde hart gegen den „Terrorismus“ in der Region durchgreifen.")
    a = extract(text, "de")
    q = _by_text(a, "Terrorismus")
    assert q.speaker == "Chinesische Politiker"
    assert q.cue == "angekündigt"


def test_after_a_fronted_phrase_the_subject_follows_the_verb() -> None:
    text = ("Bereits am Sonntagabend zogen Demonstranten vor den Sitz der Verwaltung und skandierten Sprüche "
            "wie „Gefälschte Demokratie“.")
    a = extract(text, "de")
    q = _by_text(a, "Gefälschte Demokratie")
    assert q.speaker == "Demonstranten"
    assert all(x.speaker != "Sonntagabend" for x in a.quotes)


def test_a_plural_konjunktiv_ii_sentence_continues_the_speaker_before() -> None:
    text = ("Ministerin Anna Brandt sagte, die Verkäuferinnen seien gut geeignet. Die Arbeitsagenturen würden "
            "ihnen deshalb „beherzt ein Angebot machen.“")
    a = extract(text, "de")
    q = _by_text(a, "beherzt ein Angebot")
    assert q.speaker == "Anna Brandt"
    assert q.cue == "würden"


def test_a_medium_after_the_speaker_closing_the_sentence_and_the_speech_going_on() -> None:
    text = ("Sollten sie doch davon erfahren, so gebe es keine wirksame Möglichkeit, sich zu wehren, schreibt "
            "der AK Vorratsdatenspeicherung auf seiner Website. Europäern werde ferner verweigert, Gerichte "
            "anzurufen.\n\nDie Geheimklauseln aus dem Dokument seien „alamierend“.")
    a = extract(text, "de")
    first = _by_text(a, "Sollten sie doch")
    assert (first.kind, first.speaker, first.cue) == ("indirect", "AK Vorratsdatenspeicherung", "schreibt")
    quoted = _by_text(a, "alamierend")
    assert quoted.speaker == "AK Vorratsdatenspeicherung"


def test_the_subject_after_a_verb_second_cue_speaks() -> None:
    text = "Am Montag erklärte die Ministerin Petra Lang, das Gesetz werde noch in diesem Jahr geändert."
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Petra Lang", "erklärte")
    assert q.text == "das Gesetz werde noch in diesem Jahr geändert"
    assert text[q.start : q.end] == q.text


def test_a_cue_closing_the_sentence_with_its_subject_after_it() -> None:
    text = "Die Gespräche seien sehr konstruktiv gewesen, sagte der Sprecher Hans Huber am Montag."
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Hans Huber", "sagte")
    assert q.text == "Die Gespräche seien sehr konstruktiv gewesen"


def test_the_name_before_its_apposition_reports_not_the_description() -> None:
    text = ("Martin Lee, der Gründer der Demokratischen Partei Hongkongs, sagte dazu, dies sei "
            "Demokratie nach chinesischem Vorbild.")
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Martin Lee", "sagte")
    assert text[q.speaker_start : q.speaker_end] == "Martin Lee"
    assert q.text == "dies sei Demokratie nach chinesischem Vorbild"


def test_the_separable_part_of_the_verb_is_not_what_was_reported() -> None:
    for verb, particle in (("gab", "bekannt"), ("fügte", "hinzu"), ("kündigte", "an")):
        text = f"Später {verb} Ministerin Petra Lang {particle}, das Gesetz werde noch in diesem Jahr geändert."
        (q,) = extract(text, "de").quotes
        assert (q.speaker, q.cue) == ("Petra Lang", verb)
        assert q.text == "das Gesetz werde noch in diesem Jahr geändert"


def test_a_prepositional_phrase_before_the_verb_puts_the_subject_after_it() -> None:
    text = ("In Brüssel bei einem Treffen der NATO-Außenminister sagte Rice, die USA hielten sich an "
            "die Konvention.")
    q = _by_text(extract(text, "de"), "die USA hielten")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Rice", "sagte")


def test_with_an_auxiliary_the_word_before_the_participle_is_its_object() -> None:
    text = ("ICANN-Chef Paul Twomey hat diesen Vorwurf bereits zurückgewiesen, da er jeder Grundlage "
            "entbehre. Intendant Peter Boudgoust hat die Wahl in einer Mail bestätigt: „Ich habe mich "
            "entschieden.“")
    a = extract(text, "de")
    q = _by_text(a, "da er jeder")
    assert (q.speaker, q.cue) == ("Paul Twomey", "zurückgewiesen")
    d = _by_text(a, "Ich habe mich")
    assert (d.kind, d.speaker) == ("direct", "Peter Boudgoust")
    assert text[d.speaker_start:d.speaker_end] == "Peter Boudgoust"


def test_who_reported_it_is_not_the_subject_of_the_verb_after_it() -> None:
    text = ("Laut BBC News sagte der Minister, dass zehn Millionen Dollar investiert werden sollen. "
            "Nach Angaben der Polizei sagte ein Sprecher, der Täter sei geflohen.")
    a = extract(text, "de")
    first = _by_text(a, "zehn Millionen")
    assert (first.speaker, first.cue) == ("Minister", "sagte")
    second = _by_text(a, "der Täter sei")
    assert (second.speaker, second.cue, second.speaker_kind) == ("ein Sprecher", "sagte", "anonymous")


def test_a_quote_in_the_we_voice_after_a_sentence_about_a_party_is_the_party() -> None:
    text = ("Europapolitik: Die SPD will am Kurs der EU-Erweiterung festhalten. „Wir wollen ein Europa, "
            "auf das man sich verlassen kann.“")
    we = _by_text(extract(text, "de"), "Wir wollen")
    assert (we.kind, we.speaker, we.speaker_kind) == ("direct", "SPD", "organization")
    single = "Die Grünen kritisieren den Kurs der SPD. „Ich halte das für einen schweren Fehler.“"
    i = _by_text(extract(single, "de"), "Ich halte")
    assert i.speaker is None  # a single voice is someone in the party, not the party


def test_warf_reports_only_with_its_particle() -> None:
    text = ("Wirtschaftsminister Rainer Brüderle warf den USA vor, den Konkurrenten Boeing bevorzugt zu "
            "haben. Der Junge warf einen Stein auf das Auto, das dann beschädigt wurde.")
    a = extract(text, "de")
    assert [(q.kind, q.speaker, q.text) for q in a.quotes] == [
        ("indirect", "Rainer Brüderle", "den Konkurrenten Boeing bevorzugt zu haben")]


def test_according_to_markers_with_the_source_in_them_or_inside_the_sentence() -> None:
    text = ("Nach Polizeiangaben kam der Kastenwagen auf einer Landstraße von seiner Fahrspur ab. "
            "Heftige Regenfälle haben in Tabasco laut Medienberichten zu schweren Überschwemmungen geführt.")
    a = extract(text, "de")
    first = _by_text(a, "kam der Kastenwagen")
    assert (first.speaker, first.cue) == ("Polizei", "Nach Polizeiangaben")
    second = _by_text(a, "Heftige Regenfälle")
    assert (second.speaker, second.cue) == ("Medienberichten", "laut")
    assert second.text.endswith("zu schweren Überschwemmungen geführt")


def test_a_tail_clause_opened_by_an_auxiliary_reports_the_sentence_before_it() -> None:
    text = ("Die Lage sei sehr ernst, hatte der Minister am Montag erklärt. Es drohe ein Wettrüsten, "
            "hatte Obama bei seinem Treffen mit dem russischen Präsidenten gewarnt.")
    a = extract(text, "de")
    assert [(q.kind, q.text, q.speaker, q.cue) for q in a.quotes] == [
        ("indirect", "Die Lage sei sehr ernst", "Minister", "erklärt"),
        ("indirect", "Es drohe ein Wettrüsten", "Obama", "gewarnt"),
    ]


def test_geht_davon_aus_reports_across_an_apposition_but_going_home_does_not() -> None:
    text = ("Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass der Haftbefehl "
            "vollstreckt würde, „um den Kindern den Anblick zu ersparen“. Dann ging sie nach Hause, wo "
            "sie den ganzen Abend mit ihrer Familie verbrachte.")
    a = extract(text, "de")
    partial = _by_text(a, "um den Kindern")
    assert (partial.kind, partial.speaker, partial.cue) == ("partial", "Celebi", "ging")
    assert not [q for q in a.quotes if "nach Hause" in q.text or "Abend" in q.text]


def test_an_institution_may_hold_an_opinion_but_a_heading_in_capitals_does_not() -> None:
    text = "Die Polizei glaubt, der Täter sei mit einem Auto über die Grenze geflohen."
    q = _by_text(extract(text, "de"), "der Täter sei")
    assert (q.kind, q.speaker, q.speaker_kind, q.cue) == ("indirect", "Polizei", "organization", "glaubt")
    heading = "BOSS THINKS HE IS FULL OF HOT AIR — The head of the studio indicated a change of heart."
    assert [q for q in extract(heading, "en").quotes if q.cue == "THINKS"] == []


def test_a_time_or_an_als_phrase_before_the_verb_leaves_the_subject_after_it() -> None:
    text = ("Erst vergangene Woche kündigte der Konzern an, sämtliche Schalter zu schließen. Als Grund "
            "für die Kündigung des Mietvertrages gab die Sprachschule an, die Partei habe sich nicht "
            "zu erkennen gegeben.")
    a = extract(text, "de")
    first = _by_text(a, "sämtliche Schalter")
    assert (first.speaker, first.cue) == ("Konzern", "kündigte")
    second = _by_text(a, "die Partei habe")
    assert (second.speaker, second.cue) == ("Sprachschule", "gab")


def test_a_relative_clause_verb_before_the_main_verb_reports_nothing() -> None:
    text = ("Ein hochrangiger Regierungsbeamter, den die New York Times zitiert, kommentierte, die "
            "Erklärungen der Ministerin sollten dem Kongress ein Argument liefern.")
    q = _by_text(extract(text, "de"), "die Erklärungen")
    assert (q.speaker, q.cue) == ("Regierungsbeamter", "kommentierte")


def test_heisst_es_speaks_for_the_source_after_or_before_it_and_otherwise_for_no_one() -> None:
    text = ("Das Amt drohte der Mutter. So heißt es in dem Schreiben wörtlich: "
            "„Behandelt wird u.a. die Sicherstellung der Kinder.“")
    q = next(q for q in extract(text, "de").quotes if q.kind == "direct")
    assert (q.speaker, q.cue) == ("dem Schreiben", "heißt")
    text = ("In einem Positionspapier des Ministeriums heißt es, die Regelungen seien verantwortungsvoll "
            "eingesetzt worden. Deshalb sei es „folgerichtig, die bewährten Regelungen beizubehalten“.")
    q = next(q for q in extract(text, "de").quotes if q.kind != "indirect")
    assert q.speaker == "einem Positionspapier des Ministeriums"
    text = "Die Zahlen wurden später präzisiert und es heißt nun, dass 22 Zivilisten getötet wurden."
    q = next(q for q in extract(text, "de").quotes if q.kind == "indirect")
    assert (q.text, q.speaker, q.cue) == ("22 Zivilisten getötet wurden", None, "heißt")


def test_eines_is_an_article_before_the_source_of_nach_auffassung() -> None:
    text = ("Er sitzt in Peking im Gefängnis, weil er sich nach Auffassung eines chinesischen Gerichtes "
            "des „Aufrufs zu Subversion“ schuldig gemacht hat.")
    q = next(q for q in extract(text, "de").quotes if q.kind != "indirect")
    assert (q.text, q.speaker, q.cue) == ("Aufrufs zu Subversion", "Gerichtes", "nach Auffassung")


def test_sprach_reports_only_with_von_or_aus() -> None:
    text = "Dabei sprach Li Fei, der stellvertretende Vorsitzende des Ausschusses, lange in Peking."
    assert extract(text, "de").quotes == ()
    text = "Volker Beck sprach von einem „bürgerrechtlichen Dammbruch“ und forderte die Regierung zum Handeln auf."
    q = next(q for q in extract(text, "de").quotes if q.kind != "indirect")
    assert (q.text, q.speaker, q.cue) == ("bürgerrechtlichen Dammbruch", "Volker Beck", "sprach")


def test_so_and_its_speaker_closing_the_sentence_report_all_before_the_comma() -> None:
    for text, speaker in (
            ("Die Fangquote sei auf ein tragfähiges Ausmaß festgelegt worden, so das Ministerium.", "Ministerium"),
            ("Vor einer Anhörung sei es unüblich, einen Auszug einzuholen, so Joachim Banke gegenüber dem Spiegel.",
             "Joachim Banke"),
            # a quote inside that only this cue closes stays in what was reported
            ("Die „unter Druck stehenden Soldaten“ hätten „Zivilisten getötet“, so John Murtha.", "John Murtha")):
        a = extract(text, "de")
        (q,) = [q for q in a.quotes if q.kind == "indirect"]
        assert (q.speaker, q.cue) == (speaker, "so")
        assert q.start == 0 and q.text == text[: text.index(", so ")]


def test_so_dass_and_so_wie_report_nothing() -> None:
    for text in ("Die Regenfälle haben inzwischen nachgelassen, so dass eine Entspannung eingetreten ist.",
                 "Das Geld ist weg, so wie beim Referendum in Montenegro 2006."):
        assert extract(text, "de").quotes == ()


def test_a_dateline_before_a_closing_cue_is_not_what_was_reported() -> None:
    text = "BERLIN (dpa) - Die Lage sei ernst und schwierig, so Friedrich Merz."
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.text, q.speaker) == ("indirect", "Die Lage sei ernst und schwierig", "Friedrich Merz")
    text = 'BERLIN (dpa) - "Wir werden das sorgfältig prüfen", sagte Friedrich Merz am Freitag.'
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.text, q.speaker) == ("direct", "Wir werden das sorgfältig prüfen", "Friedrich Merz")


def test_after_an_auxiliary_in_second_place_the_noun_after_the_participle_is_its_object() -> None:
    text = ("Chinesische Politiker haben dazu aufgerufen die Polizeikontrollen in der Region zu verstärken "
            "und angekündigt, man werde hart gegen den Terrorismus durchgreifen.")
    first, second = [q for q in extract(text, "de").quotes if q.kind == "indirect"]
    assert (first.text, first.cue) == ("die Polizeikontrollen in der Region zu verstärken", "aufgerufen")
    assert (second.text, second.cue) == ("man werde hart gegen den Terrorismus durchgreifen", "angekündigt")
    assert first.speaker == second.speaker == "Politiker"


def test_after_a_quotes_verb_the_konjunktiv_goes_on_with_what_was_said() -> None:
    text = "„Bis es zu spät war“, stellte Celebi fest, seien die Hilferufe dieser Frau nicht ernst genommen worden."
    (q,) = [q for q in extract(text, "de").quotes if q.kind == "indirect"]
    assert q.text == "seien die Hilferufe dieser Frau nicht ernst genommen worden" and q.speaker == "Celebi"


def test_gab_reports_only_with_an_bekannt_or_zu() -> None:
    text = ("Der Minister Karl Huber trat vor die Presse. Am Abend gab er jedoch bekannt, er wolle noch am "
            "Freitag zurücktreten.")
    (q,) = [q for q in extract(text, "de").quotes if q.kind == "indirect"]
    assert (q.text, q.cue, q.speaker) == ("er wolle noch am Freitag zurücktreten", "gab", "Karl Huber")
    text = ("Der Minister Karl Huber trat vor die Presse. Danach gab Karl Huber den Journalisten ein langes "
            "Interview über die Reform.")
    assert extract(text, "de").quotes == ()


def test_nach_a_study_or_reports_is_an_according_to_marker() -> None:
    text = ("Nach Meldungen der malaysischen Nachrichtenagentur Bernama richtete sich die Einheit in einer "
            "Polizeischule ein.")
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.text, q.cue) == ("indirect", "richtete sich die Einheit in einer Polizeischule ein",
                                       "Nach Meldungen")
    assert q.speaker.endswith("Nachrichtenagentur Bernama")


def test_wie_and_a_verb_with_its_particle_before_it_reports_the_main_clause() -> None:
    text = "Wie das isländische Fischereiministerium heute bekannt gab, wird Island den Walfang wieder aufnehmen."
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.text, q.cue) == ("indirect", "wird Island den Walfang wieder aufnehmen", "bekannt gab")
    assert q.speaker == "Fischereiministerium"


def test_a_time_between_subject_and_final_verb_and_a_compound_ministry() -> None:
    text = "Wie das Innenministerium am Montag mitteilte, soll der Entwurf noch im Herbst beschlossen werden."
    (q,) = extract(text, "de").quotes
    assert (q.text, q.speaker, q.speaker_kind) == (
        "soll der Entwurf noch im Herbst beschlossen werden", "Innenministerium", "organization")


def test_so_and_a_speaker_with_whose_spokesman_he_is() -> None:
    text = "Die Lage sei nach wie vor sehr ernst, so ein Sprecher des Ministeriums."
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.text, q.cue) == ("indirect", "Die Lage sei nach wie vor sehr ernst", "so")
    assert q.speaker_kind == "anonymous"


def test_das_and_a_verb_report_the_sentence_before_for_the_subject_after_the_verb() -> None:
    text = ("Für die Zuschauer war eine Betreuung mit Notfallbegleitern eingerichtet worden. "
            "Das teilte Feuerwehrsprecher Axel Stüken mit.")
    (q,) = extract(text, "de").quotes
    assert (q.kind, q.text, q.speaker, q.role) == (
        "indirect", "Für die Zuschauer war eine Betreuung mit Notfallbegleitern eingerichtet worden",
        "Axel Stüken", "Feuerwehrsprecher")
    # across a paragraph break too, but never back into a headline
    text = "Die Polizei sperrte die ganze Straße.\n\nDas teilte Feuerwehrsprecher Axel Stüken mit."
    (q,) = extract(text, "de").quotes
    assert (q.text, q.speaker) == ("Die Polizei sperrte die ganze Straße", "Axel Stüken")
    text = "Polizei sperrt die ganze Straße\n\nDas teilte Feuerwehrsprecher Axel Stüken mit."
    assert extract(text, "de").quotes == ()


def test_a_quote_closing_its_sentence_is_said_by_the_one_das_teilte_names() -> None:
    text = "„Der Flughafen bleibt bis Montag geschlossen.“ Das teilte ein Sprecher der Betreibergesellschaft mit."
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.speaker_kind, text[q.speaker_start : q.speaker_end]) == (
        "direct", "anonymous", "ein Sprecher der Betreibergesellschaft")


@pytest.mark.parametrize(("speaker", "expected"), [("Merz", "Merz"), ("der FDP-Politiker", "FDP-Politiker"),
                                                   ("die 50-Jährige", "die 50-Jährige")])
def test_the_paper_it_was_said_to_is_no_quotation(speaker: str, expected: str) -> None:
    text = f"„Der Kanzler zögert, und die Ukraine zahlt den Preis“, sagte {speaker} der „Bild am Sonntag“."
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.text, q.speaker) == ("direct", "Der Kanzler zögert, und die Ukraine zahlt den Preis", expected)


@pytest.mark.parametrize("text", [
    "Merz kam am Montag. „Der Kanzler zögert“, sagte er der „Bild am Sonntag“.",
    "Der Bund plant Einsparungen, heißt es in einem Papier, das dem „Spiegel“ vorliegt.",
    "Die Regierung warnt in einem Bericht, der der „Süddeutschen Zeitung“ vorliegt, vor Engpässen im Winter.",
])
def test_the_paper_said_to_or_holding_a_document_is_no_quotation(text: str) -> None:
    quoted = [q.text for q in extract(text, lang="de").quotes if q.kind != "indirect"]
    assert not any(t in ("Bild am Sonntag", "Spiegel", "Süddeutschen Zeitung") for t in quoted)


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("Nach Unternehmensangaben sind am Standort Emden rund 8.100 Arbeitsplätze vorhanden.",
     "sind am Standort Emden rund 8.100 Arbeitsplätze vorhanden", "Unternehmensangaben"),
    ("Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.",
     "Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben", "Meldungen"),
    ("Die Gruppe war nach eigener Aussage dann am Ziel ihrer langen Suche.",
     "Die Gruppe war nach eigener Aussage dann am Ziel ihrer langen Suche", "Gruppe"),
])
def test_nach_with_a_compound_noun_of_report_reports_its_sentence(text: str, content: str, mention: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.text, text[q.speaker_start : q.speaker_end]) == ("indirect", content, mention)


def test_a_possessive_before_the_noun_of_report_names_whose_it_is() -> None:
    text = ("Gülsen Celebi gab an, dass ihre Mandantin große Angst hatte. "
            "Nach ihren Informationen habe sich dieser in den Niederlanden aufgehalten.")
    _, q = extract(text, lang="de").quotes
    assert (q.text, q.speaker, text[q.speaker_start : q.speaker_end]) == (
        "habe sich dieser in den Niederlanden aufgehalten", "Gülsen Celebi", "ihren")


def test_no_subject_stands_inside_the_quotation_that_opens_the_sentence() -> None:
    text = ("Bundeskanzler Olaf Scholz hat die Forderung erneut zurückgewiesen. „Das ist eine Grenze, die ich "
            "nicht überschreiten werde“, sagte der SPD-Politiker am Montag in Berlin.")
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.text) == ("direct", "Das ist eine Grenze, die ich nicht überschreiten werde")


def test_der_65_jaehrige_after_the_verb_is_the_person_last_named() -> None:
    text = "Der Unternehmer Max Müller wurde festgenommen. „Ich bin unschuldig“, sagte der 65-Jährige vor Gericht."
    (q,) = extract(text, lang="de").quotes
    assert (q.text, q.speaker, text[q.speaker_start : q.speaker_end]) == (
        "Ich bin unschuldig", "Max Müller", "der 65-Jährige")


def test_an_article_and_a_noun_after_the_verb_describe_who_spoke() -> None:
    text = "„Ich bin unschuldig“, sagte die junge Frau vor Gericht."
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.text, q.speaker) == ("direct", "Ich bin unschuldig", "Frau")


def test_the_genitive_after_the_source_belongs_to_it() -> None:
    text = "Laut einem Sprecher der Polizei gab es keine Verletzten bei dem Einsatz am Morgen."
    (q,) = extract(text, lang="de").quotes
    assert (q.text, text[q.speaker_start : q.speaker_end], q.speaker_kind) == (
        "gab es keine Verletzten bei dem Einsatz am Morgen", "einem Sprecher der Polizei", "anonymous")


def test_a_name_and_its_apposition_before_the_verb_are_no_aside() -> None:
    text = "Der Sprecher des Auswärtigen Amtes, Martin Schäfer, erklärte, man beobachte die Lage genau."
    (q,) = extract(text, lang="de").quotes
    assert (q.text, q.speaker) == ("man beobachte die Lage genau", "Martin Schäfer")


@pytest.mark.parametrize(("text", "mention"), [
    ("Wie ein Sprecher des Ministeriums am Dienstag sagte, wird die Entscheidung frühestens im Herbst fallen.",
     "ein Sprecher des Ministeriums"),
    ("Ein Sprecher der EU-Medienkommissarin Viviane Reding erklärte, die Entscheidung sei politisch motiviert.",
     "Ein Sprecher der EU-Medienkommissarin Viviane Reding"),
])
def test_the_one_before_a_genitive_speaks_not_the_one_it_names(text: str, mention: str) -> None:
    # no one named: "a spokesman for the ministry" is an anonymous source, as in English
    (q,) = extract(text, lang="de").quotes
    assert (text[q.speaker_start : q.speaker_end], q.speaker, q.speaker_kind) == (mention, mention, "anonymous")


def test_hiess_es_closing_the_sentence_reports_what_stands_before_it() -> None:
    text = "Die Gespräche sollen nächste Woche fortgesetzt werden, hieß es aus Regierungskreisen."
    (q,) = extract(text, lang="de").quotes
    assert (q.text, q.speaker, q.cue) == (
        "Die Gespräche sollen nächste Woche fortgesetzt werden", "Regierungskreisen", "hieß")


def test_heisst_es_after_its_source_leaves_es_out_of_what_it_says() -> None:
    text = "In dem Schreiben heißt es, die Gespräche sollten nächste Woche fortgesetzt werden."
    (q,) = extract(text, lang="de").quotes
    assert q.text == "die Gespräche sollten nächste Woche fortgesetzt werden"


def test_a_quote_inside_reported_speech_is_its_speakers_not_the_subject_around_it() -> None:
    text = ("Grünen-Fraktionschefin Katharina Dröge warf der FDP vor, die Koalition zu blockieren. "
            "Der Streit werde „auf dem Rücken der Menschen“ ausgetragen, kritisierte sie.")
    quotes = extract(text, lang="de").quotes
    (p,) = [q for q in quotes if q.kind == "partial"]
    assert (p.text, p.speaker, text[p.speaker_start:p.speaker_end]) == (
        "auf dem Rücken der Menschen", "Katharina Dröge", "sie")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Bundeskanzler Olaf Scholz hat die Union aufgefordert, den Weg für den Haushalt freizumachen. "
     "„Wir brauchen jetzt Klarheit“, sagte der SPD-Politiker am Mittwoch im Bundestag.", "Olaf Scholz"),
    ("Der Ökonom Marcel Fratzscher vom Deutschen Institut für Wirtschaftsforschung (DIW) warnte vor den Folgen. "
     "Deutschland drohe eine Rezession, sagte der DIW-Präsident.", "Marcel Fratzscher"),
])
def test_a_party_or_body_before_a_role_with_the_article_names_again_who_was_written_about(
        text: str, speaker: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.speaker_kind) == (speaker, "person")
    assert text[q.speaker_start:q.speaker_end].endswith(("SPD-Politiker", "DIW-Präsident"))


def test_a_bare_role_with_the_article_may_be_someone_new() -> None:
    text = ("Die Anwältin Gülsen Celebi vertrat die Frau vor Gericht. "
            "Er habe sie bedroht, sagte der Ehemann später der Polizei.")
    (q,) = extract(text, lang="de").quotes
    assert q.speaker != "Gülsen Celebi"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Nach Angaben aus Regierungskreisen soll der Entwurf bis Ende Januar stehen.", "Regierungskreisen",
     "soll der Entwurf bis Ende Januar stehen"),
    ("Nach Informationen aus Sicherheitskreisen wurde der Verdächtige in Berlin festgenommen.", "Sicherheitskreisen",
     "wurde der Verdächtige in Berlin festgenommen"),
])
def test_nach_angaben_aus_names_the_circles_it_came_from(text: str, source: str, content: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.speaker_kind, q.text) == (source, "anonymous", content)


def test_von_der_before_an_institution_is_where_the_speaker_works_not_part_of_his_name() -> None:
    text = ("„Beide Seiten glauben, dass sie militärisch noch etwas erreichen können“, sagte der Politologe "
            "Gerhard Mangott von der Universität Innsbruck.")
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.speaker_kind, q.role) == ("Gerhard Mangott", "person", "Politologe")


def test_an_agency_followed_by_zufolge_reported_it_even_after_an_article() -> None:
    text = "Kremlsprecher Dmitri Peskow sagte der Agentur Interfax zufolge, Russland sei zu Verhandlungen bereit."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.agency, q.agency_relation) == ("Dmitri Peskow", "Interfax", "reported_by")


def test_nach_einschaetzung_von_names_the_source_after_von() -> None:
    text = "Nach Einschätzung von Militärexperten ist eine Waffenruhe derzeit unwahrscheinlich."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.text) == ("Militärexperten", "ist eine Waffenruhe derzeit unwahrscheinlich")


@pytest.mark.parametrize(("text", "source"), [
    ("„Die Lage ist sehr ernst, wir handeln jetzt“, hieß es aus Regierungskreisen.", "Regierungskreisen"),
    ("„Die Lage ist ernst“, hieß es in einer Mitteilung der Bundesregierung.",
     "einer Mitteilung der Bundesregierung"),
])
def test_a_quote_before_hiess_es_is_the_source_it_names(text: str, source: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.speaker, q.cue) == ("direct", source, "hieß")


@pytest.mark.parametrize(("text", "content"), [
    ("CDU-Chef Friedrich Merz sagte am Montag in Berlin, die Union werde dem Haushalt nicht zustimmen.",
     "die Union werde dem Haushalt nicht zustimmen"),
    ("Bundeskanzler Olaf Scholz sagte im ZDF, er werde an seinem Kurs festhalten.",
     "er werde an seinem Kurs festhalten"),
])
def test_where_and_when_it_was_said_ends_at_the_comma(text: str, content: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert q.text == content


def test_the_deutsche_presse_agentur_declined_is_dpa() -> None:
    text = "„Wir sind zuversichtlich“, sagte Gesundheitsminister Karl Lauterbach der Deutschen Presse-Agentur."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.agency, q.agency_relation) == ("Karl Lauterbach", "dpa", "told")


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("Ein Polizeisprecher bestätigte der Zeitung, dass drei Verdächtige festgenommen wurden.", "de",
     "Ein Polizeisprecher"),
    ("“Kami masih menyelidiki,” kata seorang juru bicara kepolisian.", "id", "seorang juru bicara"),
    ("A spokesman said the company would appeal the ruling next week.", "en", "A spokesman"),
    ("A security analyst said the drills were a message to the new government.", "en", "A security analyst"),
])
def test_a_role_with_an_indefinite_article_and_no_name_is_an_anonymous_source(
        text: str, lang: str, source: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.speaker, q.speaker_kind, text[q.speaker_start:q.speaker_end]) == (source, "anonymous", source)


@pytest.mark.parametrize("listener", ["der „Bild am Sonntag“", "dem Redaktionsnetzwerk Deutschland (RND)",
                                      "der Deutschen Presse-Agentur"])
def test_the_paper_told_after_the_speaker_is_no_part_of_what_was_said(listener: str) -> None:
    text = f"Die Schuldenbremse müsse im kommenden Jahr wieder eingehalten werden, sagte Lindner {listener}."
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert text[q.start:q.end] == "Die Schuldenbremse müsse im kommenden Jahr wieder eingehalten werden"
    assert q.speaker == "Lindner"


@pytest.mark.parametrize(("role", "name"), [("der Chefvolkswirt der Commerzbank", "Jörg Krämer"),
                                            ("der Sprecher des Ministeriums", "Anna Schulz"),
                                            ("der Vorsitzende der IG Bau", "Klaus Wiesehügel"),
                                            ("der Präsident des Bundesverbands der Deutschen Industrie (BDI)",
                                             "Siegfried Russwurm")])
def test_the_holder_named_after_a_role_its_institution_and_a_comma_speaks(role: str, name: str) -> None:
    text = f"„Der Höhepunkt dürfte bald erreicht sein“, sagte {role}, {name}, der Deutschen Presse-Agentur."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == (name, name)
    assert q.role == role.split(" ", 1)[1]


def test_an_epithet_named_before_can_hold_the_view_a_weak_verb_reports() -> None:
    text = "Der Niederländer Jan Bos stand vor Gericht. Der 39-Jährige gab jedoch an, es gehe ihm nur um die Kinder."
    q = _by_text(extract(text, "de"), "es gehe")
    assert (q.kind, q.speaker, q.cue, q.text) == ("indirect", "Jan Bos", "gab", "es gehe ihm nur um die Kinder")
    assert text[q.speaker_start:q.speaker_end] == "Der 39-Jährige"


def test_a_demonstrative_standing_alone_before_the_verb_is_its_subject() -> None:
    text = ("Die Staatsanwältin Petra Lang war nicht im Büro. Diese bestätigte später, dass gegen den Mann ein "
            "Haftbefehl besteht.")
    q = _by_text(extract(text, "de"), "gegen den Mann")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Petra Lang", "bestätigte")
    assert text[q.speaker_start:q.speaker_end] == "Diese"
    text = "Ein Polizist Jan Kowalski kam hinzu. „Wir haben nichts gesehen“, sagte dieser."
    q = _by_text(extract(text, "de"), "Wir haben")
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Jan Kowalski", "dieser")
    # before a noun it is an article: the paper was told, the witness spoke
    text = "Ein Polizist Jan Kowalski kam hinzu. „Wir haben nichts gesehen“, sagte dieser Zeitung ein Zeuge."
    assert _by_text(extract(text, "de"), "Wir haben").speaker == "Zeuge"


def test_a_verb_of_opinion_opening_its_own_clause_ends_the_speech_before_it() -> None:
    text = ("Die Staatsanwältin Petra Lang war am Telefon. Sie bestätigte, dass gegen ihn ein Haftbefehl besteht, "
            "und gab an, die Polizei werde ihn bald festnehmen.")
    a = extract(text, "de")
    assert _by_text(a, "gegen ihn").text == "gegen ihn ein Haftbefehl besteht"
    assert (_by_text(a, "die Polizei").cue, _by_text(a, "die Polizei").speaker) == ("gab", "Petra Lang")


def test_wie_inside_a_sentence_is_no_speech_verb_whose_subject_a_pronoun_could_mean() -> None:
    text = ("Die Expedition führte Telesforo Santillan, der die Gegend wie seine Westentasche kennt. "
            "Er sagte, für sein Dorf falle etwas von den Einnahmen ab.")
    q = _by_text(extract(text, "de"), "für sein Dorf")
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Telesforo Santillan", "Er")


def test_a_verb_of_hoping_or_expecting_reports_the_clause_after_it_not_its_object() -> None:
    text = "Gewerkschafter Uwe Foullong kritisierte die Bank. Er fürchtet, dass ein Boykott weitere Stellen gefährdet."
    q = _by_text(extract(text, "de"), "ein Boykott")
    assert (q.kind, q.speaker, q.cue, q.text) == ("indirect", "Uwe Foullong", "fürchtet",
                                                  "ein Boykott weitere Stellen gefährdet")
    text = "In Osttimor sind Tausende auf der Flucht. Das Rote Kreuz schätzt die Zahl der Flüchtlinge auf 50.000."
    assert [q.text for q in extract(text, "de").quotes] == []


@pytest.mark.parametrize(("opener", "source"), [
    ("Nach Polizeiangaben", "Polizei"), ("Nach Regierungsangaben", "Regierung"),
    ("Nach Unternehmensangaben", "Unternehmen"), ("Nach israelischen Armeeangaben", "Armee"),
    ("Nach ersten Meldungen", "Meldungen"),
])
def test_a_compound_noun_of_report_names_whose_report_it_is(opener: str, source: str) -> None:
    text = f"{opener} wurden bei dem Unfall drei Menschen schwer verletzt."
    q = _by_text(extract(text, "de"), "wurden")
    assert q.speaker == source
    # the mention is the word as written
    assert text[q.speaker_start:q.speaker_end] == opener.split()[-1]


@pytest.mark.parametrize(("tail", "source"), [
    ("sagte ein Sprecher des Ministeriums am Montag.", "ein Sprecher des Ministeriums"),
    ("sagte ein Sprecher der Polizei Köln.", "ein Sprecher der Polizei Köln"),
    ("sagte ein Sprecher.", "ein Sprecher"),
])
def test_whose_spokesman_it_is_stays_with_an_anonymous_source_after_the_verb(tail: str, source: str) -> None:
    text = f"„Wir prüfen den Fall“, {tail}"
    q = _by_text(extract(text, "de"), "Wir prüfen")
    assert (q.speaker, q.speaker_kind) == (source, "anonymous")
    assert text[q.speaker_start:q.speaker_end] == source


@pytest.mark.parametrize("before", [
    "Die Lage in Bentiu ist ernst",
    "Kämpfer töteten mehrere hundert Zivilisten, die sich auf der Flucht befanden",
])
def test_a_verb_after_a_comma_with_its_subject_closing_the_sentence_reports_what_went_before(before: str) -> None:
    text = f"{before}, teilten die Vereinten Nationen mit. Demnach hätten sich viele Menschen in Kirchen geflüchtet."
    a = extract(text, "de")
    q = _by_text(a, before.split()[0])
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", before, "Vereinten Nationen", "teilten")
    assert _by_text(a, "Demnach").speaker == "Vereinten Nationen"


def test_darin_heisst_es_quotes_the_document_the_sentence_before_named() -> None:
    text = ("Die Staatsanwaltschaft gab am Dienstag eine ausführliche Stellungnahme ab. Darin heißt es: "
            "„Besonders betroffen sind wir.“")
    q = _by_text(extract(text, "de"), "Besonders")
    assert (q.kind, q.speaker, q.cue) == ("direct", "eine ausführliche Stellungnahme", "heißt")
    assert text[q.speaker_start:q.speaker_end] == "eine ausführliche Stellungnahme"


def test_what_was_announced_after_the_particle_and_comma_keeps_its_first_word() -> None:
    text = "Bundeskanzler Olaf Scholz kündigte an, am Montag in das Hochwassergebiet zu reisen."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.text) == ("Olaf Scholz", "am Montag in das Hochwassergebiet zu reisen")


def test_where_the_source_after_nach_ansicht_is_from_is_not_what_was_said() -> None:
    text = ("Nach Ansicht des Klimaforschers Stefan Rahmstorf vom Potsdam-Institut für Klimafolgenforschung "
            "werden solche Ereignisse häufiger.")
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.text) == ("Stefan Rahmstorf", "werden solche Ereignisse häufiger")


@pytest.mark.parametrize(("text", "paper", "said"), [
    ("Laut einem Bericht des „Mannheimer Morgen“ stiegen meterhohe Flammen in den Himmel.", "Mannheimer Morgen",
     "stiegen meterhohe Flammen in den Himmel"),
    ("Laut einem Bericht der „New York Times“ hat der Konzern die Zahlen geschönt.", "New York Times",
     "hat der Konzern die Zahlen geschönt"),
    ("Laut einem Bericht der Tageszeitung „El País“ gab es in dem Gebäude keine Rauchmelder.", "El País",
     "gab es in dem Gebäude keine Rauchmelder"),
])
def test_a_paper_named_in_quotation_marks_after_laut_einem_bericht_is_the_source(text: str, paper: str,
                                                                                  said: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.speaker, q.text) == ("indirect", paper, said)
    assert text[q.speaker_start:q.speaker_end] == paper


def test_where_it_was_said_before_the_comma_and_dass_is_not_what_was_said() -> None:
    text = "Daniil Medvedev sagte in einem Interview nach dem Spiel, dass Nadal sehr stark war."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.text) == ("Daniil Medvedev", "Nadal sehr stark war")


@pytest.mark.parametrize("tail", ["sagte die 50-Jährige.", "sagte die 50-Jährige dem ORF.", "sagte sie."])
def test_a_report_closed_by_an_epithet_or_a_pronoun_is_the_person_named_before_not_a_plural_noun(
        tail: str) -> None:
    text = f"Pamela Wagner war am Montag in Wien. Die Öffnungen kämen viel zu schnell, {tail}"
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.speaker, q.text) == ("indirect", "Pamela Wagner", "Die Öffnungen kämen viel zu schnell")


def test_a_relative_possessive_opening_the_sentence_is_no_part_of_the_role() -> None:
    text = ("Die Wirtschaftskammer begrüßte die Entscheidung. Deren Präsident Harald Mahrer sprach von einem "
            "„wichtigen Signal für die Betriebe“.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "partial"]
    assert (q.speaker, q.role) == ("Harald Mahrer", "Präsident")


def test_the_vatican_is_an_institution_so_the_epithet_after_it_means_the_cardinal() -> None:
    text = ("Wie der Vatikan mitteilte, ist der argentinische Kardinal Jorge Mario Bergoglio zum Papst gewählt "
            "worden. Er gab sich den Namen Franziskus.\n\nVor den Gläubigen sagte der 76-Jährige: „Ihr wisst, "
            "dass es die Aufgabe des Konklaves war, Rom einen Bischof zu geben.“")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "direct"]
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Jorge Mario Bergoglio", "der 76-Jährige")


@pytest.mark.parametrize("text", [
    "Internationale Wahlbeobachter dokumentierten Unregelmäßigkeiten. Besonders kritisiert wurde die "
    "unausgewogene Berichterstattung der staatlich kontrollierten Medien.",
    "Ministerpräsident Samak Sundaravej, dessen Rücktritt von den Demonstranten gefordert wird, griff gestern zu "
    "einer drastischen Maßnahme.",
])
def test_a_participle_before_the_passive_auxiliary_is_no_speech_verb(text: str) -> None:
    assert all(q.speaker not in ("Besonders", "Samak Sundaravej") for q in extract(text, lang="de").quotes)


def test_a_name_in_quotation_marks_opening_the_sentence_as_its_subject_is_no_quotation() -> None:
    text = "„Landser“ habe in seinen Liedern Ausländer verunglimpft, sagte der Richter am Montag."
    assert [q.kind for q in extract(text, lang="de").quotes] == ["indirect"]


def test_the_konjunktiv_after_a_sentence_that_brings_in_someone_new_is_that_ones_speech() -> None:
    text = ("„Wir haben lange diskutiert“, sagte ein Sprecher der Stadt.\n\nAnwohner Peter Krause ist skeptisch. "
            "Der Lärm in der Gegend sei schon jetzt kaum zu ertragen. „Jetzt kommt noch eine Baustelle dazu“, "
            "sagte er.")
    q = _by_text(extract(text, "de"), "Der Lärm")
    assert (q.kind, q.speaker, q.text) == ("indirect", "Peter Krause",
                                           "Der Lärm in der Gegend sei schon jetzt kaum zu ertragen")


@pytest.mark.parametrize(("sentence", "said"), [
    ("Man messe jedoch laufend die Luftwerte.", "Man messe jedoch laufend die Luftwerte"),
    ("Die Konsequenzen seiner Tat nehme er in Kauf.", "Die Konsequenzen seiner Tat nehme er in Kauf"),
])
def test_a_full_verb_in_konjunktiv_goes_on_with_the_speech_before(sentence: str, said: str) -> None:
    text = f"„Es besteht keine Gefahr“, sagte Feuerwehrsprecher Thomas Weber am Abend. {sentence}"
    q = _by_text(extract(text, "de"), said[:12])
    assert (q.kind, q.speaker, q.text) == ("indirect", "Thomas Weber", said)


def test_so_the_speaker_and_an_adverb_close_what_was_reported() -> None:
    text = ("„Wir haben so viele Menschen befördert wie nie zuvor“, sagte Bahnchef Richard Lutz. Das "
            "Deutschlandticket habe daran großen Anteil gehabt, so Lutz weiter.")
    q = _by_text(extract(text, "de"), "Das Deutschlandticket")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Richard Lutz", "so")


def test_a_role_and_name_in_commas_before_the_verb_are_its_subject_not_the_noun_after_it() -> None:
    text = "Die Verkehrsministerin von Nordrhein-Westfalen, Ina Brandes, lobte die Entwicklung."
    assert all(q.speaker != "Entwicklung" for q in extract(text, lang="de").quotes)


@pytest.mark.parametrize(("before", "source"), [
    ("Heute hat die Staatsanwaltschaft das Ergebnis der Obduktion bekannt gegeben.", "Staatsanwaltschaft"),
    ("Der Sprecher des Ministeriums gab am Montag neue Zahlen bekannt.", "Sprecher"),
    ("Der Gesetzesentwurf wurde gestern vom Kabinett abgesegnet.", None),
])
def test_demnach_reports_what_the_sentence_before_made_known(before: str, source: str | None) -> None:
    text = f"{before}\n\nDemnach hat der Sohn des Skistars Selbstmord begangen."
    q = _by_text(extract(text, "de"), "Demnach")
    assert (q.kind, q.text, q.cue) == ("indirect", "Demnach hat der Sohn des Skistars Selbstmord begangen", "Demnach")
    assert q.speaker == source if source is None else source in q.speaker
    if source is not None:
        assert text[q.speaker_start:q.speaker_end] == "Demnach"


def test_demnach_beside_a_speech_verb_of_its_own_adds_nothing() -> None:
    text = "Die Polizei gab Zahlen bekannt. Demnach sagte ein Sprecher, es gebe drei Verletzte in der Stadt."
    quotes = extract(text, lang="de").quotes
    assert [q.cue for q in quotes if q.kind == "indirect"].count("Demnach") == 0


def test_a_plain_group_can_hold_a_view() -> None:
    text = "Das Gesetz tritt im Mai in Kraft. Experten schätzen, dass dann mehr Einwegflaschen verkauft werden."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.speaker_kind, q.text) == ("Experten", "anonymous", "dann mehr Einwegflaschen verkauft werden")


@pytest.mark.parametrize(("text", "speaker", "kind", "role"), [
    ("Ein BMW-Sprecher sagte, die Lage sei ruhig und es gebe keine Verletzten.", "Ein BMW-Sprecher", "anonymous",
     None),
    ("US-Präsident Barack Obama sagte, die Lage sei ruhig und es gebe keine Verletzten.", "Barack Obama", "person",
     "US-Präsident"),
])
def test_a_hyphenated_compound_ending_in_a_role_is_a_role(text: str, speaker: str, kind: str, role: str | None) -> None:
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.speaker_kind, q.role) == (speaker, kind, role)


@pytest.mark.parametrize("frame", ["in der Ostberliner Tageszeitung „Neues Deutschland“",
                                   "im Interview mit dem „Spiegel“"])
def test_a_frame_naming_a_paper_in_quotation_marks_is_not_what_was_said(frame: str) -> None:
    text = f"Der Redakteur Martin Hatzius kritisiert {frame}, die Aktion erinnere an die Bücherverbrennung."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.text) == ("Martin Hatzius", "die Aktion erinnere an die Bücherverbrennung")


def test_a_quoted_word_after_an_object_is_no_frame() -> None:
    text = "Nicolas Sarkozy verteidigte die Bezeichnung „Gesindel“, mit der er die Aufständigen titulierte."
    assert all(not q.text.startswith("mit der") for q in extract(text, lang="de").quotes)


@pytest.mark.parametrize("speaker", ["ein Sprecher des Ministeriums", "Merz"])
def test_a_time_between_the_verb_and_its_speaker_after_a_quote_is_skipped(speaker: str) -> None:
    text = f"„Wir prüfen das sehr genau und melden uns dann“, sagte am Montag {speaker}."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == (speaker, speaker)
    text = f"Die Gespräche würden fortgesetzt, sagte am Montag {speaker}."
    (q,) = extract(text, lang="de").quotes
    assert (q.text, q.speaker) == ("Die Gespräche würden fortgesetzt", speaker)


def test_a_verb_after_a_comma_and_aber_goes_on_with_the_sentences_subject() -> None:
    text = "Die Deutsche Umwelthilfe begrüßte die Einigung grundsätzlich, forderte aber Nachbesserungen."
    assert all(q.speaker != "Nachbesserungen" for q in extract(text, lang="de").quotes)


def test_the_platform_x_ends_its_sentence_and_konjunktiv_goes_on_after_a_tail_verb() -> None:
    text = ("„Unsere Gedanken sind bei den Angehörigen“, schrieb Markus Söder auf der Plattform X. Der Freistaat "
            "werde den Gemeinden schnell helfen, kündigte Söder an. Die Staatsregierung bereite dafür ein "
            "Hilfspaket vor.")
    indirect = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in indirect] == [
        ("Der Freistaat werde den Gemeinden schnell helfen", "Markus Söder"),
        ("Die Staatsregierung bereite dafür ein Hilfspaket vor", "Markus Söder")]


def test_a_role_with_its_article_closing_a_quotations_tail_names_again_the_one_written_about() -> None:
    text = ("Bundeswirtschaftsminister Robert Habeck (Grüne) hat den Kompromiss verteidigt. „Wir haben eine gute "
            "Lösung gefunden“, sagte der Vizekanzler am Dienstag in Berlin.")
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Robert Habeck", "Vizekanzler")


def test_a_role_with_its_article_before_its_verb_may_be_someone_new() -> None:
    text = ("Bundeswirtschaftsminister Robert Habeck (Grüne) hat den Kompromiss verteidigt. Der Bürgermeister "
            "sagte, die Stadt werde die Kosten tragen.")
    (q,) = extract(text, lang="de").quotes
    assert q.speaker != "Robert Habeck"


def test_a_wikinews_dateline_with_its_date_is_not_what_was_reported() -> None:
    text = ("Göttingen (Deutschland), 03.02.2024 – Die Zahl der Fluginsekten in deutschen Schutzgebieten ist "
            "laut einer neuen Studie weiter gesunken.")
    (q,) = extract(text, "de").quotes
    assert q.text.startswith("Die Zahl der Fluginsekten")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Nach seinen Worten verunsichert die Debatte Millionen Hausbesitzer.", "Friedrich Merz"),
    ("Seinen Worten zufolge verunsichert die Debatte Millionen Hausbesitzer.", "Friedrich Merz"),
    ("Nach Meinung politischer Beobachter verunsichert die Debatte Millionen Hausbesitzer.",
     "politischer Beobachter"),
])
def test_a_possessive_before_words_or_opinion_says_whose_they_are(sentence: str, speaker: str) -> None:
    text = f"CDU-Chef Friedrich Merz forderte, den Entwurf zurückzuziehen. {sentence}"
    (q,) = [q for q in extract(text, "de").quotes if q.text.startswith(("verunsichert", "Nach", "Seinen"))
            or "Debatte" in q.text]
    assert q.speaker == speaker
    assert "Hausbesitzer" in q.text


def test_a_role_in_the_genitive_with_an_adjective_and_the_name_in_commas() -> None:
    text = ("Die Wahl ist vorbei.\n\nDer Spitzenkandidat des rot-grünen Bündnisses, Frans Timmermans, sagte, "
            "man werde in die Opposition gehen.")
    (q,) = extract(text, "de").quotes
    assert (q.speaker, q.role) == ("Frans Timmermans", "Spitzenkandidat des rot-grünen Bündnisses")


@pytest.mark.parametrize("source", ["Ein Diplomat", "Ein EU-Diplomat"])
def test_a_diplomat_no_one_names_is_an_anonymous_source(source: str) -> None:
    text = f"Die Wahl ist vorbei.\n\n{source} sagte, man beobachte die Entwicklung genau."
    (q,) = extract(text, "de").quotes
    assert (q.speaker, q.speaker_kind) == (source, "anonymous")


def test_a_spokesman_of_whom_and_a_paper_named_in_quotes_close_the_tail() -> None:
    text = ("Der ADAC äußerte sich zurückhaltend. Man sei „grundsätzlich offen für eine sachliche Diskussion“, "
            "erklärte ein Sprecher des Automobilclubs gegenüber der „Süddeutschen Zeitung“.")
    (report,) = [q for q in extract(text, "de").quotes if q.kind == "indirect"]
    assert report.text == "Man sei „grundsätzlich offen für eine sachliche Diskussion“"
    assert report.speaker == "ein Sprecher des Automobilclubs"


@pytest.mark.parametrize("text", ["Die Zahl der Fluginsekten ist laut einer neuen Studie weiter gesunken.",
                                  "Das norwegische Nobelkomitee teilte mit, der Preis gehe an zwei Journalisten."])
def test_an_article_and_adjectives_before_a_name_are_no_role(text: str) -> None:
    (q,) = extract(text, "de").quotes
    assert q.role is None


def test_the_union_is_a_party_and_er_after_its_speakers_quote_is_the_speaker() -> None:
    text = ("Der Bundestag hat das Gesetz beschlossen.\n\nDie Union kritisierte das Verfahren scharf. „Dieses Gesetz "
            "ist schlecht gemacht“, sagte CDU-Fraktionsvize Jens Spahn. Seine Fraktion werde das Gesetz "
            "zurücknehmen, kündigte er an.")
    q = _by_text(extract(text, "de"), "Seine Fraktion")
    assert (q.speaker, text[q.speaker_start : q.speaker_end]) == ("Jens Spahn", "er")


@pytest.mark.parametrize(("role", "name"), [("FDP-Fraktionschef", "Christian Dürr"),
                                            ("CDU-Landesvorsitzende", "Anna Schmidt"),
                                            ("US-Außenministerin", "Condoleezza Rice")])
def test_a_compound_role_after_a_hyphen_is_the_role_not_part_of_the_name(role: str, name: str) -> None:
    text = f"Der Bundestag tagte.\n\n„Das ist gut“, sagte {role} {name}."
    (q,) = extract(text, "de").quotes
    assert (q.speaker, q.role, text[q.speaker_start : q.speaker_end]) == (name, role, name)


def test_a_spokesman_of_a_titled_person_is_the_spokesman() -> None:
    text = ("Ein Sprecher der EU-Medienkommissarin Viviane Reding erklärte am 12. Mai, die Entscheidung sei "
            "politisch beeinflusst worden.")
    (q,) = extract(text, "de").quotes
    assert q.speaker == "Ein Sprecher der EU-Medienkommissarin Viviane Reding"


def test_a_role_closing_the_tail_is_the_subject_of_the_sentence_before_even_without_a_role() -> None:
    text = ("Das Beben war bis nach Istanbul zu spüren.\n\nDer Seismologe Naci Görür warnte vor Nachbeben. Die Region "
            "sei tektonisch sehr aktiv, erklärte der Wissenschaftler.")
    (q,) = extract(text, "de").quotes
    assert q.speaker is not None and "Naci Görür" in q.speaker
    assert text[q.speaker_start : q.speaker_end] == "Wissenschaftler"


@pytest.mark.parametrize(("opening", "source"), [
    ("Nach Ansicht des Instituts der deutschen Wirtschaft (IW)", "Instituts der deutschen Wirtschaft (IW)"),
    ("Nach Angaben des Deutschen Instituts für Wirtschaftsforschung", "Deutschen Instituts für Wirtschaftsforschung"),
    ("Laut einer Presseerklärung der Staatsanwaltschaft und der Polizei",
     "Presseerklärung der Staatsanwaltschaft und der Polizei"),
])
def test_the_whole_institution_after_laut_is_the_source_not_what_was_reported(opening: str, source: str) -> None:
    text = f"Die Wirtschaft wächst.\n\n{opening} lohnt sich Arbeit in den meisten Fällen schon heute."
    (q,) = extract(text, "de").quotes
    assert (q.speaker, q.text) == (source, "lohnt sich Arbeit in den meisten Fällen schon heute")
    assert text[q.speaker_start : q.speaker_end] == source


@pytest.mark.parametrize(("role", "name"), [("Bayern-Trainer", "Thomas Tuchel"),
                                            ("Bayern-Sportvorstand", "Max Eberl")])
def test_coaches_and_board_members_are_compound_roles(role: str, name: str) -> None:
    text = f"Der FC Bayern hat verloren.\n\n„Wir waren nicht gut genug“, sagte {role} {name}."
    (q,) = extract(text, "de").quotes
    assert (q.speaker, q.role) == (name, role)


@pytest.mark.parametrize("before", ["Der Polizeisprecher Jan Müller war vor Ort. ",
                                    "Jan Müller war vor Ort. Die Demonstranten forderten den Rücktritt. "])
def test_er_closing_a_report_is_never_the_reports_own_subject(before: str) -> None:
    text = f"Die Lage ist ernst.\n\n{before}Die Proteste seien friedlich verlaufen, sagte er."
    q = _by_text(extract(text, "de"), "Die Proteste")
    assert q.speaker == "Jan Müller"


def test_an_epithet_after_an_article_before_the_tail_verb_skips_the_reports_own_subject() -> None:
    text = ("Der Verkehr wächst.\n\nBundesverkehrsminister Volker Wissing hat dem Tempolimit eine Absage erteilt. "
            "Ein solches Limit bringe für den Klimaschutz nur wenig, sagte der FDP-Politiker der „Bild am Sonntag“.")
    q = _by_text(extract(text, "de"), "Ein solches Limit")
    assert q.speaker == "Volker Wissing"


def test_an_institution_named_again_by_a_compound_noun_is_the_institution_not_a_person() -> None:
    text = ("Die Debatte läuft.\n\nDeren Geschäftsführer Jürgen Resch kündigte an, vor Gericht zu ziehen.\n\n"
            "Der ADAC äußerte sich zurückhaltend. Eine Mehrheit seiner Mitglieder lehne ein Tempolimit weiterhin "
            "ab, teilte der Automobilclub mit.")
    q = _by_text(extract(text, "de"), "Eine Mehrheit")
    assert q.speaker == "ADAC"


@pytest.mark.parametrize(("tail", "report"), [
    ("die an der Studie beteiligt war.", "Der Frosch lebe ausschließlich in Peru"),
    ("die das Projekt seit 2010 leitet.", "Der Frosch lebe ausschließlich in Peru"),
    ("die Regierung müsse handeln.", "die Regierung müsse handeln"),
])
def test_a_relative_clause_about_the_speaker_closes_the_tail_an_article_and_noun_open_the_report(
        tail: str, report: str) -> None:
    text = f"Der Frosch lebe ausschließlich in Peru, sagte die Biologin Julia Krämer, {tail}"
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert (q.text, q.speaker) == (report, "Julia Krämer")


def test_a_quote_glued_on_after_the_full_stop_leaves_the_tail_closing_the_report() -> None:
    text = ("Der Frosch lebe ausschließlich in Peru, sagte die Biologin Julia Krämer, die an der Studie beteiligt "
            "war. „Wir waren völlig überrascht, als wir ihn zum ersten Mal gehört haben.“")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert (q.text, q.speaker) == ("Der Frosch lebe ausschließlich in Peru", "Julia Krämer")


@pytest.mark.parametrize(("tail", "speaker"), [("warnen die Forscher.", "die Forscher"),
                                               ("sagte die Ministerin.", "Julia Krämer")])
def test_a_role_after_die_without_a_feminine_ending_is_many_and_the_present_plural_reports(
        tail: str, speaker: str) -> None:
    text = ("Die Ministerin Julia Krämer sagte, der Frosch sei selten. Die Art sei durch die Abholzung des "
            f"Regenwalds bedroht, {tail}")
    q = next(q for q in extract(text, lang="de").quotes if q.text.startswith("Die Art"))
    assert (q.text, q.speaker) == ("Die Art sei durch die Abholzung des Regenwalds bedroht", speaker)


def test_a_city_alone_before_a_spaced_dash_opening_the_story_is_its_dateline() -> None:
    text = ("Froschart entdeckt\n\nHamburg - Ein internationales Forscherteam hat eine Froschart entdeckt. "
            "Das teilte das Institut am Dienstag mit.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert q.text == "Ein internationales Forscherteam hat eine Froschart entdeckt"


@pytest.mark.parametrize("source", ["ein Polizeisprecher", "ein Sprecher der Polizei"])
def test_the_spokesman_named_again_is_the_anonymous_source_of_the_tail_before(source: str) -> None:
    text = (f"Der Täter sei mit mehreren hundert Euro Bargeld geflüchtet, teilte {source} am Sonntag mit. "
            "„Wir gehen derzeit von einem Einzeltäter aus“, sagte der Sprecher.")
    report, said = extract(text, lang="de").quotes
    assert (report.text, report.speaker) == ("Der Täter sei mit mehreren hundert Euro Bargeld geflüchtet", source)
    assert (said.kind, said.speaker) == ("direct", source)


@pytest.mark.parametrize(("text", "report"), [
    ("Die Preise würden im nächsten Jahr weiter steigen, sagte Anna Schmidt, Chefvolkswirtin der Deutschen Bank.",
     "Die Preise würden im nächsten Jahr weiter steigen"),
    ("Bei einem Treffen in Brüssel sagte Rice, die USA hielten sich an die Anti-Folterkonvention.",
     "die USA hielten sich an die Anti-Folterkonvention"),
])
def test_the_speakers_apposition_closes_the_tail_an_article_and_a_name_open_the_report(text: str, report: str) -> None:
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "indirect"]
    assert q.text == report


def test_compound_roles_with_and_without_a_hyphen_are_roles() -> None:
    a = extract("„Wir prüfen den Fall sehr genau“, sagte ein BMW-Sprecher am Montag.", lang="de")
    assert (a.quotes[0].speaker, a.quotes[0].speaker_kind) == ("ein BMW-Sprecher", "anonymous")
    b = extract("„Das ist ein guter Tag für alle Beteiligten“, sagte FDP-Fraktionschef Christian Dürr.", lang="de")
    assert (b.quotes[0].speaker, b.quotes[0].role) == ("Christian Dürr", "FDP-Fraktionschef")
    c = extract("Der Polizeisprecher Hans Huber sagte, der Täter sei geflohen.", lang="de")
    assert (c.quotes[0].speaker, c.quotes[0].role) == ("Hans Huber", "Polizeisprecher")


def test_a_prepositional_opening_after_a_dateline_puts_the_subject_after_the_verb() -> None:
    text = ("Hamburg - Angesichts von Temperaturen bis zu 38 Grad warnen Mediziner vor den Folgen der Hitze "
            "für ältere Menschen.")
    q = extract(text, lang="de").quotes[0]
    assert (q.speaker, q.text) == ("Mediziner", "vor den Folgen der Hitze für ältere Menschen")


@pytest.mark.parametrize("verb", ["bemängelt", "moniert", "kontert", "spottete"])
def test_verbs_of_faulting_and_retorting_are_cues(verb: str) -> None:
    q = extract(f"Morgan Tsvangirai {verb} die bisher fehlende Unterstützung der Großmächte für sein Land.",
                lang="de").quotes[0]
    assert (q.speaker, q.cue) == ("Morgan Tsvangirai", verb)


def test_demnach_points_back_at_whoever_the_sentence_before_reports() -> None:
    text = ("Der Gesetzesentwurf sieht eine Verlängerung der Anti-Terror-Gesetze um fünf Jahre vor. Im Detail "
            "sollen demnach die Geheimdienste das Recht besitzen, bei den Fluggesellschaften Daten abzufragen.")
    q = extract(text, lang="de").quotes[-1]
    assert (q.cue, q.speaker, text[q.speaker_start:q.speaker_end]) == ("demnach", "Gesetzesentwurf", "demnach")
    assert q.text.startswith("Im Detail sollen demnach")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Scholz betonte, der Plan sei in dieser Form völlig falsch.", "Scholz"),
    ("Merz sagte: „Wir stehen zu dieser Regierung.“", "Merz"),
    ("Experten sagten, der Plan sei in dieser Form völlig falsch.", "Experten"),
])
def test_one_capitalised_word_opening_the_sentence_before_a_singular_speech_verb_is_a_name(
        text: str, speaker: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert q.speaker == speaker


def test_a_word_before_a_speech_verb_that_is_not_its_subject_is_no_name() -> None:
    text = "Die Ministerin kam am Montag. Ähnlich äußerte sich der Minister, der Plan sei in dieser Form falsch."
    assert "Ähnlich" not in {q.speaker for q in extract(text, lang="de").quotes}


@pytest.mark.parametrize(("text", "kind"), [
    ("„Die Lage ist unter Kontrolle“, zitierte die Nachrichtenagentur Interfax den Außenminister Sergej Lawrow.",
     "direct"),
    ("Die Lage sei unter Kontrolle, zitierte die Agentur Interfax den Außenminister Sergej Lawrow.", "indirect"),
    ("Die Agentur Interfax zitierte Sergej Lawrow mit den Worten: „Die Lage ist unter Kontrolle.“", "direct"),
    ("Die Agentur Interfax zitierte Sergej Lawrow mit den Worten, die Lage sei unter Kontrolle.", "indirect"),
])
def test_the_one_an_agency_quotes_speaks_and_the_agency_reported_it(text: str, kind: str) -> None:
    (q,) = extract(text, lang="de").quotes
    assert (q.kind, q.speaker, q.agency, q.agency_relation) == (kind, "Sergej Lawrow", "Interfax", "reported_by")
    assert q.text.startswith(("Die Lage", "die Lage"))


@pytest.mark.parametrize("verb", ["unterstreicht", "mahnt", "antwortet", "appellierte", "erwiderte", "konstatierte",
                                  "folgerte", "präzisierte"])
def test_less_common_speech_verbs_after_a_quote_are_its_cue(verb: str) -> None:
    text = f"Hans Müller sprach am Montag. „Wir werden diesen Plan nicht aufgeben“, {verb} Müller."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.cue) == ("Hans Müller", verb)


def test_angab_in_a_relative_clause_reports() -> None:
    text = ("Oftmals habe der Mann vor der Tür gewartet, so Celebi, die auch angab, dass ihre Mandantin oftmals die "
            "Polizei gerufen habe.")
    q = next(q for q in extract(text, lang="de").quotes if q.cue == "angab")
    assert (q.text, q.speaker) == ("ihre Mandantin oftmals die Polizei gerufen habe", "Celebi")


@pytest.mark.parametrize("verb", ["rief", "riefen"])
def test_a_shout_after_a_quote_needs_no_particle(verb: str) -> None:
    text = f"Hans Müller stand am Fenster. „Hilfe, das Haus brennt!“, {verb} Müller."
    (q,) = extract(text, lang="de").quotes
    assert (q.speaker, q.cue) == ("Hans Müller", verb)
