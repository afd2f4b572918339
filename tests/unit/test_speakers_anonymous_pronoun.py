"""A pronoun or clitic right after an anonymous source's report is that source, as many as it is."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def direct(text: str, lang: str):
    (q,) = [q for q in extract(text, lang=lang).quotes if q.kind == "direct"]
    return q


@pytest.mark.parametrize(("lang", "text", "source", "pronoun"), [
    ("id", "Juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova, menilai tawaran itu belum realistis.\n\n"
           "Seorang diplomat Barat yang enggan disebut namanya mengatakan kepada wartawan bahwa peluang "
           "perundingan masih kecil. “Kedua pihak masih merasa bisa menang,” ucapnya.",
     "Seorang diplomat Barat yang enggan disebut namanya", "ucapnya"),
    ("en", "Foreign Minister Sergei Lavrov said the offer was not serious.\n\n"
           "A Western diplomat who asked not to be named said the chances of talks were slim. "
           "“Both sides still think they can win,” he said.",
     "A Western diplomat who asked not to be named", "he"),
    ("de", "Außenminister Sergej Lawrow sagte, das Angebot sei nicht ernst gemeint.\n\n"
           "Ein Diplomat sagte, die Chancen auf Gespräche seien gering. "
           "„Beide Seiten glauben noch, sie könnten gewinnen“, sagte er.",
     "Ein Diplomat", "er"),
])
def test_a_pronoun_after_an_anonymous_sources_report_is_that_source(
        lang: str, text: str, source: str, pronoun: str) -> None:
    q = direct(text, lang)
    assert (q.speaker, q.speaker_kind) == (source, "anonymous")
    assert text[q.speaker_start:q.speaker_end] == pronoun


def test_he_after_officials_is_not_the_officials() -> None:
    text = ("Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\n"
            "Officials said the chances of talks were slim. “Both sides still think they can win,” he said.")
    q = direct(text, "en")
    assert (q.speaker, q.speaker_kind) == ("Sergei Lavrov", "person")


def test_a_clitic_past_a_pronoun_subject_is_not_an_earlier_anonymous_source() -> None:
    # "Dia" in between means the CEO named before; the quote is his
    text = ("Pendiri Jouska, Aakar Abyasa Fidzuno, menyatakan pihaknya bekerja di ranah edukasi. "
            "Sebelum memberi saran, seorang pejabat memastikan setiap risiko dijelaskan kepada klien. "
            "Dia membantah informasi bahwa akun klien dipegang olehnya. "
            "“Kami tidak memiliki kapasitas untuk itu,” ujarnya.")
    q = direct(text, "id")
    assert q.speaker == "Aakar Abyasa Fidzuno"


def test_a_source_that_names_its_example_is_no_nameless_source() -> None:
    # a one-word name is a person by its age in brackets
    text = ("Ketua Organda DKI Shafruhan Sinungan mengatakan operator siap.\n\n"
            "Warga lain seperti Rudianta (24), pegawai negeri di Jakarta, juga berharap operator tetap "
            "menjalankan protokol kesehatan. “Kalau armadanya terbatas, sama saja,” ujarnya.")
    q = direct(text, "id")
    assert q.speaker == "Rudianta"


def test_kata_mereka_after_officials_is_the_officials() -> None:
    text = ("Juru bicara Kementerian Luar Negeri Iran Nasser Kanaani menanggapi pernyataan itu.\n\n"
            "Para pejabat Eropa yang terlibat dalam pembicaraan mengatakan mereka masih berharap kesepakatan "
            "dapat dicapai. “Pintu diplomasi belum tertutup,” kata mereka dalam pernyataan bersama.")
    q = direct(text, "id")
    assert (q.speaker, q.speaker_kind) == ("Para pejabat Eropa yang terlibat dalam pembicaraan", "anonymous")
    assert (text[q.speaker_start:q.speaker_end], q.cue) == ("mereka", "kata mereka")


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("id", "Seorang analis keamanan di Singapura, yang berbicara dengan syarat anonim, mengatakan kepada AFP "
           "bahwa latihan itu merupakan pesan kepada pemerintahan baru di Taipei.",
     "Seorang analis keamanan di Singapura"),
    ("en", "A security analyst in Singapore, who spoke on condition of anonymity, told AFP the drills were a "
           "message to the new government in Taipei.", "A security analyst in Singapore"),
])
def test_a_role_with_an_indefinite_article_before_a_relative_clause_is_an_anonymous_source(
        lang: str, text: str, source: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.speaker, q.speaker_kind, q.agency, q.agency_relation) == (source, "anonymous", "Agence France-Presse",
                                                                        "told")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("id", "Presiden Taiwan Lai Ching-te dalam pidatonya menyebut Taiwan tidak akan tunduk pada tekanan. "
           "“Demokrasi tidak akan mundur,” ujar Lai.", "Lai Ching-te"),
    ("en", "President Yoon Suk-yeol said the alliance was stronger than ever before. “We stand together,” "
           "Yoon said.", "Yoon Suk-yeol"),
    ("id", "Menteri Pertahanan Taiwan Chiu Kuo-cheng mengatakan militer akan terus memantau pesawat China.",
     "Chiu Kuo-cheng"),
    ("en", "“We are ready,” said Lee Hsien-loong.", "Lee Hsien-loong"),
])
def test_a_given_names_syllable_after_a_hyphen_belongs_to_the_name(lang: str, text: str, name: str) -> None:
    assert {q.speaker for q in extract(text, lang=lang).quotes} == {name}


def test_er_after_a_role_with_an_indefinite_article_is_that_unnamed_source() -> None:
    text = ("Innenministerin Nancy Faeser war nicht anwesend.\n\n"
            "Ein Polizeisprecher bestätigte der Zeitung, dass drei Verdächtige festgenommen wurden. "
            "„Die Ermittlungen dauern an“, sagte er.")
    q = direct(text, "de")
    assert (q.speaker, q.speaker_kind, text[q.speaker_start:q.speaker_end]) == (
        "Ein Polizeisprecher", "anonymous", "er")


@pytest.mark.parametrize("text", ["President Joe Biden-backed groups said the bill would pass this week.",
                                  "Joe Biden-led talks said little about what comes next for the bill."])
def test_a_participle_after_a_hyphen_is_no_syllable_of_the_name(text: str) -> None:
    assert all(q.speaker is None or "-" not in q.speaker for q in extract(text, lang="en").quotes)


def test_a_capitalised_run_opening_a_sentence_before_a_role_belongs_to_the_role() -> None:
    text = "North Korean leader Kim Jong-un said the weapons were ready for use since last year."
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.role) == ("Kim Jong-un", "North Korean leader")


@pytest.mark.parametrize(("text", "role"), [
    ("Moody's Analytics chief economist Mark Zandi warned that even a brief default would be bad.",
     "Moody's Analytics chief economist"),
    ("Officials met on Monday. Apple’s chief executive Mark Zandi said the company would pay its taxes.",
     "Apple’s chief executive"),
])
def test_whose_role_it_is_in_the_possessive_belongs_to_the_role(text: str, role: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.role) == ("Mark Zandi", role)


def test_he_after_a_sentence_opening_on_someones_running_mate_means_the_running_mate() -> None:
    text = ("Donald Trump dismissed the criticism in Pennsylvania.\n\nTrump's running mate, Indiana Gov. "
            "Mike Pence, struck a softer tone. He told Fox News that he would accept the results of the "
            "election if they lost.")
    q = extract(text, lang="en").quotes[-1]
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Mike Pence", "He")


def test_he_after_a_sentence_opening_on_someones_possession_still_means_that_someone() -> None:
    text = ("Vice President Joe Biden arrived on Monday. Biden's Pacific roots came into play. He told the "
            "leaders that few people understood the stakes better than they did.")
    (q,) = extract(text, lang="en").quotes
    assert q.speaker == "Joe Biden"


def test_an_ordinary_persons_description_before_the_name_is_a_role() -> None:
    text = ("Resident Maria Gonzalez, whose roof was torn off, said she had never seen anything like it. "
            "“It sounded like a train,” said Gonzalez.")
    quotes = extract(text, lang="en").quotes
    assert {(q.speaker, q.role) for q in quotes} == {("Maria Gonzalez", "Resident")}


@pytest.mark.parametrize(("text", "speaker"), [
    ("Libertarian candidate Gary Johnson’s doctor is calling the candidate “extremely physically fit.”",
     "Gary Johnson’s doctor"),
    ("Trump’s spokesman said the campaign would not comment on the report at all.", "Trump’s spokesman"),
    ("Goldman Sachs' chief economist said the economy would slow down next year.",
     "Goldman Sachs' chief economist"),
    ("But Goldman Sachs' chief economist said the economy would slow down next year.",
     "Goldman Sachs' chief economist"),
    ("The minister's spokesman said the government was fully confident in the chancellor.",
     "The minister's spokesman"),
])
def test_a_role_held_for_someone_named_in_the_possessive_speaks_as_that_role(text: str, speaker: str) -> None:
    quotes = extract(text, lang="en").quotes
    assert quotes and {q.speaker for q in quotes} == {speaker}
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == speaker


def test_a_verb_of_singing_attributes_a_quotation_but_reports_nothing_itself() -> None:
    text = ("Jane Doe, a student who sang at church every week, was shot by an officer on Friday night.\n\n"
            "“We shall overcome,” Joan Baez sang as the march began.")
    quotes = extract(text, lang="en").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Joan Baez")]


@pytest.mark.parametrize(("lang", "text", "speaker", "role"), [
    ("en", "Mr. Trump was defiant. “I've been treated very unfairly,” he told The Wall Street Journal.",
     "Trump", None),
    ("en", "Mr. Obama spoke first. President Barack Obama said the planet was warming faster than feared.",
     "Barack Obama", "President"),
    ("de", "„Wir sind bereit“, sagte Herr Müller am Montag.", "Müller", None),
    ("en", "Dr Tim Cooksley, president of the Society for Acute Medicine, said: “Wards are full.”",
     "Tim Cooksley", "president of the Society for Acute Medicine"),
    ("en", "Patriot chose Tom Clarke, Mr. Barrett said. “We are ready,” Mr. Clarke said.", "Tom Clarke", None),
])
def test_a_title_of_address_is_no_role(lang: str, text: str, speaker: str, role: str | None) -> None:
    q = extract(text, lang=lang).quotes[-1]
    assert (q.speaker, q.role) == (speaker, role)


def test_an_english_role_takes_no_verb_after_its_holder_for_a_field() -> None:
    text = ("“They pay us a lot of money,” Mr. King said.\n\nMr. King differentiated himself from Mr. Schultz, who, "
            "Mr. King said, has recently seemed supportive of Mr. Trump.")
    assert all(q.role is None for q in extract(text, lang="en").quotes)


def test_an_institution_opening_the_sentence_before_a_role_belongs_to_the_role() -> None:
    text = "Kremlin spokesman Dmitry Peskov told reporters that no talks were scheduled for this week."
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.role) == ("Dmitry Peskov", "Kremlin spokesman")


@pytest.mark.parametrize("source", ["A Home Office spokesman", "A Department of Health and Social Care spokesperson"])
def test_an_unnamed_spokesman_keeps_the_institution_before_the_role(source: str) -> None:
    text = f"The waiting lists grew again.\n\n{source} said: “We are investing £1.5bn in new surgical hubs.”"
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.speaker_kind, text[q.speaker_start:q.speaker_end]) == (source, "anonymous", source)


@pytest.mark.parametrize(("opening", "speaker", "role"), [
    ("The shadow health secretary, Victoria Atkins,", "Victoria Atkins", "shadow health secretary"),
    ("The foreign secretary, David Lammy,", "David Lammy", "foreign secretary"),
    ("The work and pensions secretary, Liz Kendall,", "Liz Kendall", "work and pensions secretary"),
    ("Russia's foreign ministry spokeswoman Maria Zakharova", "Maria Zakharova",
     "Russia's foreign ministry spokeswoman"),
])
def test_plain_words_between_the_article_and_an_english_role_belong_to_it(opening: str, speaker: str,
                                                                            role: str) -> None:
    text = f"{opening} accused the government. “Labour promised change,” she said."
    q = extract(text, lang="en").quotes[-1]
    assert (q.speaker, q.role) == (speaker, role)


def test_a_clause_before_a_title_of_address_is_no_role() -> None:
    text = ("The state controls the account that Mr. Clarke uses. “We are ready,” said Tom Clarke.")
    q = extract(text, lang="en").quotes[-1]
    assert (q.speaker, q.role) == ("Tom Clarke", None)


@pytest.mark.parametrize(("apposition", "role"), [
    ("a law professor at UCLA who studies gun policy", "law professor at UCLA"),
    ("a senior adviser to the Clinton campaign", "senior adviser to the Clinton campaign"),
    ("a friend of the family", None),
    ("the federation's president", "federation's president"),
])
def test_an_english_apposition_with_plain_words_before_its_role_gives_the_role(apposition: str,
                                                                             role: str | None) -> None:
    text = f"“It is a big deal,” said Adam Winkler, {apposition}."
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.role) == ("Adam Winkler", role)


@pytest.mark.parametrize(("text", "source"), [
    ("Officials at the Pentagon said the tariffs could raise prices by half a percent.", "Officials at the Pentagon"),
    ("Economists at Goldman Sachs estimated the tariffs could raise prices by half a percent.",
     "Economists at Goldman Sachs"),
    ("“We are ready,” said officials at the Pentagon.", "officials at the Pentagon"),
])
def test_an_anonymous_source_keeps_the_institution_it_speaks_from(text: str, source: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.speaker_kind, text[q.speaker_start:q.speaker_end]) == (source, "anonymous", source)


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Jane Roe spoke first. Though she called the bank’s behavior “outrageous,” Hillary Clinton restricted "
     "her comments to the future.", "en", "Hillary Clinton"),
    ("Budi Santoso hadir. Saat ia dikonfirmasi wartawan, Aziz Syamsuddin mengatakan pihaknya masih menunggu "
     "hasil penyelidikan polisi.", "id", "Aziz Syamsuddin"),
])
def test_a_pronoun_in_a_clause_opening_the_sentence_means_the_name_after_its_comma(
        text: str, lang: str, speaker: str) -> None:
    assert extract(text, lang=lang).quotes[0].speaker == speaker

