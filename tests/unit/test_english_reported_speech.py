"""English reported speech: where what was reported ends, and a second report in one sentence."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def _indirect(text: str):
    return [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]


@pytest.mark.parametrize("tail", [
    ", although he declined to say who would lead it.",
    ", though aides doubted it.",
    ", according to two people in the room.",
])
def test_the_writers_clause_after_a_comma_is_not_what_was_reported(tail: str) -> None:
    text = "Don Fowler said the party needed a contingency plan before November" + tail
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("the party needed a contingency plan before November", "Don Fowler", "said")
    assert text[q.start : q.end] == q.text


def test_a_speech_participle_after_the_report_reports_again_for_the_same_speaker() -> None:
    text = ("Senator Harry Reid said the nominee had paid no taxes for a decade, "
            "arguing that his returns would prove it.")
    first, second = _indirect(text)
    assert (first.text, first.speaker, first.cue) == (
        "the nominee had paid no taxes for a decade", "Harry Reid", "said")
    assert (second.text, second.speaker, second.cue) == ("his returns would prove it", "Harry Reid", "arguing")
    assert text[second.start : second.end] == second.text


def test_a_comma_inside_the_report_without_a_break_keeps_it_whole() -> None:
    text = "Don Fowler said the party, which he led in the 1990s, needed a contingency plan."
    (q,) = _indirect(text)
    assert q.text == "the party, which he led in the 1990s, needed a contingency plan"


@pytest.mark.parametrize("text, first, second, cue", [
    ("Authorities announced on Friday the arrest of a man and said a curfew would continue through the weekend.",
     "the arrest of a man", "a curfew would continue through the weekend", "said"),
    ("Don Fowler said the politics would be more intense — and he noted that any change would come later.",
     "the politics would be more intense", "any change would come later", "noted"),
])
def test_a_second_speech_verb_joined_by_and_reports_on_its_own(text: str, first: str, second: str, cue: str) -> None:
    a, b = _indirect(text)
    assert (a.text, b.text, b.cue) == (first, second, cue)
    assert a.speaker == b.speaker and a.speaker is not None
    assert text[b.start : b.end] == second


def test_and_before_a_conjunction_that_opens_a_clause_is_no_second_report() -> None:
    text = ("Justin Bamberg said the videos show Scott calmly leaving his car when asked to do so by police "
            "and not raising his hands.")
    (q,) = _indirect(text)
    assert q.text.endswith("not raising his hands") and q.speaker == "Justin Bamberg"


def test_the_speaker_may_carry_a_phrase_of_a_preposition_before_the_verb() -> None:
    text = "Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("the latest nuclear test could change that", "Experts", "said")
    assert text[q.speaker_start : q.speaker_end] == "Experts"


@pytest.mark.parametrize("text, speaker, cue", [
    ("Critics argue the plan is far too costly for the state.", "Critics", "argue"),
    ("Democrats insist that the bill would never pass the Senate.", "Democrats", "insist"),
])
def test_the_plural_present_of_a_speech_verb_reports(text: str, speaker: str, cue: str) -> None:
    (q,) = _indirect(text)
    assert (q.speaker, q.cue) == (speaker, cue)
    assert q.text.startswith("the ") and text[q.start : q.end] == q.text


def test_a_noun_that_looks_like_a_verb_of_speech_names_no_speaker() -> None:
    text = "Hillary Clinton is describing as “unhinged” a Donald Trump tweet attacking a former Miss Universe."
    (q,) = extract(text, lang="en").quotes
    assert (q.kind, q.text, q.speaker) == ("partial", "unhinged", "Hillary Clinton")


def test_a_verb_of_finding_reports_only_before_that() -> None:
    text = "A new poll shows that Donald Trump remains in a tight race with Hillary Clinton."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == (
        "Donald Trump remains in a tight race with Hillary Clinton", "A new poll", "shows")
    for text in ("Police found the body of a man near the river on Monday.",
                 "The video shows no sign of a gun in his hand at all."):
        assert extract(text, lang="en").quotes == ()


@pytest.mark.parametrize("text, content", [
    ("Senator Don Fowler called for a process to identify a successor.", "a process to identify a successor"),
    ("Senator Don Fowler warned about the dangers of failing to vote.", "the dangers of failing to vote"),
])
def test_the_preposition_after_the_verb_is_not_what_was_reported(text: str, content: str) -> None:
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == (content, "Don Fowler")
    assert text[q.start : q.end] == content


@pytest.mark.parametrize("text", [
    "“It is going to be a very unfair debate,” Donald Trump said this month on CNBC.",
    "“It is something you would be a fool not to prepare for,” Don Fowler said in an interview on Monday.",
])
def test_after_the_verb_of_an_opening_quote_comes_when_and_where_not_what_was_said(text: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert q.kind == "direct" and text[q.start - 1] == "“"


@pytest.mark.parametrize("text, content, speaker", [
    ("“He was at the top of his game,” Ed Rendell recalled, citing the polls after the second debate.",
     "the polls after the second debate", "Ed Rendell"),
    ("The country “has made dramatic changes for the better,” McConnell said in June 2012, citing the "
     "release of political prisoners.", "the release of political prisoners", "McConnell"),
])
def test_a_participle_after_a_quotes_verb_reports_for_its_speaker(text: str, content: str, speaker: str) -> None:
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == (content, speaker, "citing")


def test_what_a_speaker_cited_is_reported() -> None:
    text = "Donald Trump cited his own endorsements from 88 generals and admirals on Tuesday."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == (
        "his own endorsements from 88 generals and admirals on Tuesday", "Donald Trump", "cited")


@pytest.mark.parametrize("text, speaker", [
    ("However, 63 percent said Clinton was justified in keeping her diagnosis private.", "63 percent"),
    ("Nearly eight of 10 voters say they plan to tune in on Monday.", "Nearly eight of 10 voters"),
])
def test_a_share_of_those_polled_speaks_as_an_anonymous_group(text: str, speaker: str) -> None:
    (q,) = _indirect(text)
    assert (q.speaker, q.speaker_kind) == (speaker, "anonymous")


def test_made_it_clear_reports_like_a_verb_of_speech() -> None:
    text = "In an interview with a radio host, Carter Ham made it clear he had major misgivings about the war."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("he had major misgivings about the war", "Carter Ham", "made it clear")


@pytest.mark.parametrize(("source", "mention"), [
    ("A diplomat, who asked not to be named, said", "A diplomat"),
    ("Two officials, who spoke on condition of anonymity, said", "Two officials"),
    ("John Smith, who asked not to be named because he was not authorized to speak, said", "John Smith"),
])
def test_the_formula_of_anonymity_is_no_speech_and_its_clause_no_speaker(source: str, mention: str) -> None:
    text = f"{source} the talks would take place next week."
    (q,) = _indirect(text)
    assert (q.text, q.cue) == ("the talks would take place next week", "said")
    assert text[q.speaker_start : q.speaker_end] == mention


@pytest.mark.parametrize("aside", ["Smith said", "said Smith"])
def test_a_speaker_set_off_in_commas_inside_the_sentence_reports_all_of_it(aside: str) -> None:
    text = f"The bill, {aside}, would never pass the Senate in its current form."
    (q,) = _indirect(text)
    assert (q.speaker, q.start, q.end) == ("Smith", 0, len(text) - 1)


def test_only_the_clause_after_a_relative_pronoun_is_the_aside_s_report() -> None:
    text = "The park is near the stadium, which, Tompkins said, is usually full of bounce houses on game days."
    (q,) = _indirect(text)
    assert q.speaker == "Tompkins" and q.text.endswith("usually full of bounce houses on game days")
    assert "stadium" not in q.text and "said" not in q.text


def test_an_apposition_after_the_speaker_closes_the_sentence() -> None:
    text = ("Its first national television ad could start this week, said Brian Baker, a longtime political "
            "adviser to the Ricketts family who oversees the campaign.")
    (q,) = _indirect(text)
    assert (q.speaker, q.text) == ("Brian Baker", "Its first national television ad could start this week")


@pytest.mark.parametrize("source", [
    "A senior administration official", "A Western diplomat", "One European diplomat",
    "A senior Western diplomat, who spoke on condition of anonymity,",
])
def test_an_unnamed_official_or_diplomat_with_words_that_say_which_is_an_anonymous_source(source: str) -> None:
    text = f"{source} said the talks had stalled completely."
    (q,) = _indirect(text)
    assert (q.text, q.speaker_kind) == ("the talks had stalled completely", "anonymous")
    assert text[q.speaker_start : q.speaker_end] == source.split(",")[0]


@pytest.mark.parametrize(("text", "mention", "content"), [
    ("The agency cited regional governor Oleh Synehubov as saying two people were injured.",
     "Oleh Synehubov", "two people were injured"),
    ("Interfax quoted a source in the ministry as saying that the talks would resume next week.",
     "a source", "the talks would resume next week"),
])
def test_who_was_cited_as_saying_says_what_follows(text: str, mention: str, content: str) -> None:
    (q,) = _indirect(text)
    assert (text[q.speaker_start : q.speaker_end], q.text, q.cue) == (mention, content, "saying")


def test_but_and_a_pronoun_open_the_speakers_own_next_clause() -> None:
    text = ("Peskov said contacts between Moscow and Washington continued at a working level, "
            "but he declined to give details.")
    (q,) = _indirect(text)
    assert q.text == "contacts between Moscow and Washington continued at a working level"


def test_dismissing_after_the_report_ends_it_and_labels_the_quoted_words() -> None:
    text = ("MOSCOW (Reuters) - The Kremlin said on Tuesday that President Vladimir Putin had no plans to meet "
            "his Ukrainian counterpart, dismissing reports of a summit as “pure speculation.”")
    a = extract(text, lang="en")
    ind, dismissal = [q for q in a.quotes if q.kind == "indirect"]
    (part,) = [q for q in a.quotes if q.kind == "partial"]
    assert ind.text == "President Vladimir Putin had no plans to meet his Ukrainian counterpart"
    # the dismissal is the Kremlin's own claim, with the quoted label in it
    assert (dismissal.speaker, dismissal.cue) == ("Kremlin", "dismissing")
    assert dismissal.text.startswith("reports of a summit as")
    assert (part.text, part.speaker, part.cue) == ("pure speculation.", "Kremlin", "dismissing")


def test_where_and_when_it_was_said_stand_before_that() -> None:
    text = "WASHINGTON (AP) — The White House said in a statement Monday that the president would veto the bill."
    (q,) = _indirect(text)
    assert (q.speaker, q.text) == ("White House", "the president would veto the bill")


@pytest.mark.parametrize(("text", "content"), [
    ("Trump called for female contestants to wear shorter dresses that showed more cleavage.",
     "female contestants to wear shorter dresses that showed more cleavage"),
    ("Trump responded by using the example of Chicago to prove that gun control is not the solution.",
     "by using the example of Chicago to prove that gun control is not the solution"),
])
def test_the_verbs_own_preposition_or_an_action_is_no_frame(text: str, content: str) -> None:
    assert [q.text for q in _indirect(text)] == [content]


def test_according_to_a_statement_from_an_institution_names_the_institution() -> None:
    text = "According to a statement from the Pentagon, two soldiers were wounded in the attack."
    (q,) = _indirect(text)
    assert (q.speaker, q.speaker_kind, q.text) == (
        "Pentagon", "organization", "two soldiers were wounded in the attack")


def test_protesters_chanting_after_while_are_the_speakers() -> None:
    text = ("Protesters looped the streets around the stadium - where the Panthers played the Vikings - "
            "while chanting, “Hands up, do not shoot.”")
    (q,) = extract(text, lang="en").quotes
    assert (q.kind, q.text, q.speaker, q.speaker_kind, q.cue) == (
        "direct", "Hands up, do not shoot.", "Protesters", "anonymous", "chanting")


def test_continued_to_is_no_speech() -> None:
    assert _indirect("Small groups of protesters continued to call for more information about the shooting.") == []


@pytest.mark.parametrize(("text", "source"), [
    ("A senior administration official, speaking on condition of anonymity to discuss private conversations, "
     "said the White House had been in touch with Johnson’s office.", "A senior administration official"),
    ("A senior administration official, who spoke on condition of anonymity, said the White House had been in "
     "touch with Johnson’s office.", "A senior administration official"),
    ("The official, speaking on condition of anonymity, said the White House had been in touch with the office.",
     "The official"),
])
def test_a_clause_in_commas_between_an_anonymous_source_and_said(text: str, source: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert (q.kind, q.speaker, q.speaker_kind) == ("indirect", source, "anonymous")
    assert q.text.startswith("the White House had been in touch with")


def test_a_nationality_before_a_title_opens_the_subject_a_pronoun_means() -> None:
    text = ("Sen. Rand Paul said it was reckless to send more money abroad.\n\n"
            "Ukrainian President Volodymyr Zelenskyy thanked senators in a post on X. "
            "“American assistance brings just peace in Ukraine closer,” he wrote.")
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind != "indirect"]
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Volodymyr Zelenskyy", "he")


def test_a_quote_with_no_speaker_of_its_own_inside_according_to_content_is_the_sources() -> None:
    text = ("More than 100,000 people took part in a nationwide “walk-in” at more than 2,000 schools in 238 "
            "cities, according to the event organizer Alliance to Reclaim Our Schools.")
    quotes = extract(text, lang="en").quotes
    (p,) = [q for q in quotes if q.kind == "partial"]
    assert p.text == "walk-in"
    assert p.speaker == "the event organizer Alliance to Reclaim Our Schools"
    assert text[p.speaker_start:p.speaker_end] == p.speaker


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("In a statement, the Institute for Fiscal Studies said the plans left very little room for error.",
     "Institute for Fiscal Studies", "organization"),
    ("The Bank of England said inflation would fall next year.", "Bank of England", "organization"),
    ("Secretary of State John Kerry said the talks would go on.", "John Kerry", "person"),
    ("LONDON (Reuters) - Britain's finance minister Rachel Reeves on Wednesday defended her plans, saying the "
     "country could not afford to borrow more.", "Rachel Reeves", "person"),
])
def test_an_institution_with_of_or_for_and_a_role_after_a_possessive_speak_whole(
        text: str, speaker: str, kind: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_a_quote_closing_the_report_keeps_it_whole_when_the_next_sentence_has_a_verb_of_its_own() -> None:
    text = ("Commerce Secretary Howard Lutnick told CNBC that the administration was “not bluffing.” "
            "He added that talks with Brussels would continue next week.")
    quotes = extract(text, lang="en").quotes
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "the administration was “not bluffing.”", "Howard Lutnick"),
        ("partial", "not bluffing.", "Howard Lutnick"),
        ("indirect", "talks with Brussels would continue next week", "Howard Lutnick"),
    ]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sen. Lindsey Graham, R-S.C., said the deal was a good one for the country.", "Lindsey Graham"),
    ("Rep. Alexandria Ocasio-Cortez, D-NY, said the bill would hurt working families.", "Alexandria Ocasio-Cortez"),
])
def test_a_lawmakers_party_and_state_after_the_name_is_no_speaker(text: str, speaker: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert q.speaker == speaker


def test_a_hyphenated_addressee_and_a_time_after_it_are_no_part_of_what_was_told() -> None:
    text = ("President Obama is rolling out a new message.\n\nThe president told African-Americans this weekend "
            "he would consider it a “personal insult” if they did not vote for Mrs. Clinton.")
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]
    assert q.text == "he would consider it a “personal insult” if they did not vote for Mrs. Clinton"
    assert q.speaker == "Obama"


@pytest.mark.parametrize("who", ["Fed Chair Jerome Powell", "Treasury Secretary Janet Yellen"])
def test_where_a_quote_was_said_is_not_reported_speech_when_a_role_opens_the_speaker(who: str) -> None:
    text = f"“We believe that our policy rate is likely at its peak,” {who} said at a news conference."
    (q,) = extract(text, lang="en").quotes
    assert (q.kind, q.speaker) == ("direct", who.split(" ", 2)[-1])


@pytest.mark.parametrize("aside", ["however", "nonetheless"])
def test_an_adverb_set_off_after_the_verb_is_no_part_of_what_was_said(aside: str) -> None:
    text = f"He cautioned, {aside}, that officials were prepared to tighten policy further."
    (q,) = _indirect(text)
    assert text[q.start:q.end] == "officials were prepared to tighten policy further"


@pytest.mark.parametrize("verb", ["hopes", "fears", "expects"])
def test_a_verb_of_hoping_or_expecting_reports_only_what_that_opens(verb: str) -> None:
    text = f"Gov. Jane Smith {verb} that the bill will pass the Senate before the recess."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("the bill will pass the Senate before the recess", "Jane Smith", verb)
    assert _indirect(f"Gov. Jane Smith {verb} to see the bill pass the Senate before the recess.") == []


def test_a_progressive_speech_verb_reports_what_that_opens() -> None:
    text = ("The New York state attorney general is confirming that the Trump Foundation is not registered in "
            "New York as a charity.")
    (q,) = _indirect(text)
    assert (q.text, q.cue) == ("the Trump Foundation is not registered in New York as a charity", "confirming")
    # without "that" its object is no report: "suggesting a few questions"
    text = "Sanders said the race was close, suggesting a few questions for the next debate."
    assert [q.cue for q in extract(text, lang="en").quotes] == ["said"]


def test_a_participle_after_a_sentence_split_at_a_dash_speaks_for_the_subject_before() -> None:
    text = ("Mr. Trump hardly clarified the matter, treating the remark as a compliment -- ''That makes me "
            "smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay federal taxes.''")
    (q,) = [q for q in extract(text, lang="en").quotes if q.text.startswith("Of course")]
    assert (q.kind, q.speaker, q.cue) == ("direct", "Trump", "asserting")


def test_a_group_set_off_by_an_adverb_in_commas_reports_and_the_next_quotes_mark_is_not_reported() -> None:
    text = ("Republican lawmakers, however, said they would not agree to an increase without spending cuts. "
            "\"The days of blank checks are over,\" House Speaker Kevin McCarthy said in a statement.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.speaker_kind) == (
        "they would not agree to an increase without spending cuts", "Republican lawmakers", "anonymous")
    (d,) = [q for q in extract(text, lang="en").quotes if q.kind == "direct"]
    assert (d.text, d.speaker) == ("The days of blank checks are over,", "Kevin McCarthy")


@pytest.mark.parametrize(("text", "source"), [
    ("According to a person familiar with the matter, the campaign raised $34 million in the 24 hours after "
     "the verdict.", "a person familiar with the matter"),
    ("The campaign raised $34 million in the 24 hours after the verdict, people familiar with the matter said.",
     "people familiar with the matter"),
])
def test_a_source_familiar_with_the_matter_is_named_whole_and_says_what_follows(text: str, source: str) -> None:
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.speaker_kind) == (
        ("The" if text.startswith("The") else "the") + " campaign raised $34 million in the 24 hours after the verdict",
        source, "anonymous")


def test_a_report_split_by_its_attribution_keeps_the_verb_after_the_comma() -> None:
    text = "The museum, Mr. Obama said, would make visitors face uncomfortable truths."
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]
    assert q.speaker == "Obama"
    assert q.text.endswith("would make visitors face uncomfortable truths")


@pytest.mark.parametrize("text", [
    "Clinton accused Trump of running a campaign built on “fear and division,” as the two candidates "
    "crisscrossed battleground states in the final week.",
    "By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from black listeners to his “Keepin' It Real” "
    "radio program.",
])
def test_a_verb_that_is_also_a_plural_noun_is_the_noun_after_a_lower_case_word(text: str) -> None:
    quotes = extract(text, lang="en").quotes
    assert all(q.cue not in ("states", "calls") for q in quotes)
    assert all(q.speaker in (None, "Clinton") for q in quotes)


@pytest.mark.parametrize(("text", "cue"), [
    ("The report states that the agency ignored the warnings for years.", "states"),
    ("He also notes that the bill would raise taxes on the middle class.", "notes"),
    ("The campaign denounced what it calls “the single-biggest coordinated media attack in history.”", "calls"),
    ("Trump preys on fears and calls people “losers” and worse at every rally.", "calls"),
])
def test_the_same_word_after_a_subject_or_before_that_is_the_verb(text: str, cue: str) -> None:
    assert cue in {q.cue for q in extract(text, lang="en").quotes}


@pytest.mark.parametrize("frame", ["wrote in a letter to the board", "said on Twitter", "posted on Facebook",
                                   "said on Monday"])
def test_where_and_to_whom_it_was_written_before_that_is_not_what_was_said(frame: str) -> None:
    text = f"Senator Jane Smith {frame} that the merger would raise prices for everyone."
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.text) == ("Jane Smith", "the merger would raise prices for everyone")


def test_the_subject_before_an_interview_frame_ending_on_a_name_speaks() -> None:
    text = "Defense Minister Minoru Kihara in an interview with NHK said the launch was unacceptable to Japan."
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.role) == ("Minoru Kihara", "Defense Minister")


@pytest.mark.parametrize(("text", "source"), [
    ("The newspaper reports that the president had paid no taxes for years.", "The newspaper"),
    ("The appeals court ruled that Ohio's practices could remove some eligible voters.", "The appeals court"),
])
def test_an_institution_described_by_what_it_is_reports_with_a_weak_verb(text: str, source: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert (q.kind, q.speaker) == ("indirect", source)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ukraine's foreign ministry said the remarks were propaganda.", "Ukraine's foreign ministry"),
    ("Trump's lawyer said the case was closed.", "Trump's lawyer"),
    ("Officials met. Scott's family has called on police to release the videos “as a matter of the greater "
     "good and transparency” and said they were grieving.", "Scott's family"),
])
def test_what_a_name_owns_opening_the_sentence_is_the_subject(text: str, speaker: str) -> None:
    quotes = extract(text, lang="en").quotes
    assert quotes and {q.speaker for q in quotes} == {speaker}


@pytest.mark.parametrize("text", ["It's worth noting that this is the first time in history that taxes came up.",
                                  "He's been criticized for years for making dubious claims on air."])
def test_a_contraction_is_no_possessive(text: str) -> None:
    assert all("'s" not in (q.speaker or "") for q in extract(text, lang="en").quotes)


@pytest.mark.parametrize(("text", "source", "said"), [
    ("Apple is in talks to acquire a stake in the startup, Bloomberg News reported, citing people familiar "
     "with the matter.", "people familiar with the matter", "Apple is in talks to acquire a stake in the startup"),
    ("Russia has moved troops to the border, Reuters reported, citing two senior officials.",
     "two senior officials", "Russia has moved troops to the border"),
])
def test_the_sources_cited_at_the_end_said_what_the_sentence_opened_with(text: str, source: str, said: str) -> None:
    (q,) = [q for q in extract(text, lang="en").quotes if q.text == said]
    assert (q.kind, q.speaker, q.speaker_kind, q.agency_relation) == ("indirect", source, "anonymous", "reported_by")


def test_a_report_closed_by_its_verb_and_a_participle_is_what_stands_before_the_verb() -> None:
    text = "The company plans to cut 5,000 jobs, the newspaper reported, citing a memo sent to staff."
    assert ("The company plans to cut 5,000 jobs", "the newspaper") in {
        (q.text, q.speaker) for q in extract(text, lang="en").quotes}


@pytest.mark.parametrize(("text", "lang", "source", "content"), [
    ("According to the King's Fund, a health thinktank, the number of people waiting has fallen.", "en",
     "King's Fund", "the number of people waiting has fallen"),
    ("According to the report, a copy of which was seen by Reuters, the company lost money.", "en",
     "the report", "the company lost money"),
    ("Nach Angaben von Kristján Loftsson, einem Manager der Firma, wurde eine Besatzung zusammengestellt.", "de",
     "Kristján Loftsson", "wurde eine Besatzung zusammengestellt"),
])
def test_an_indefinite_apposition_after_the_source_is_not_what_it_reported(
        text: str, lang: str, source: str, content: str) -> None:
    (q,) = [q for q in extract(text, lang=lang).quotes if q.kind == "indirect"]
    assert (q.speaker, q.text) == (source, content)


def test_the_possessive_inside_an_institutions_name_does_not_split_it() -> None:
    text = "The King's Fund said the number of people waiting had fallen. Its chief analyst agreed."
    (q,) = _indirect(text)
    assert (q.speaker, q.speaker_kind, text[q.speaker_start:q.speaker_end]) == (
        "King's Fund", "organization", "King's Fund")


def test_a_partial_quote_before_a_second_speech_verb_stays_in_the_first_report() -> None:
    text = ("Streeting said the government had inherited “a broken system” and warned that progress "
            "would be slow.")
    first, second = _indirect(text)
    assert (first.text, first.cue) == ("the government had inherited “a broken system”", "said")
    assert (second.text, second.cue) == ("progress would be slow", "warned")


def test_a_partial_quote_ends_a_report_where_the_subjects_next_verb_starts() -> None:
    text = ("Warren called Wells Fargo’s behavior “outrageous” and urged regulators to claw back "
            "the executives’ pay.")
    first = _indirect(text)[0]
    assert (first.text, first.cue) == ("Wells Fargo’s behavior “outrageous”", "called")


def test_a_partial_quote_closing_the_sentence_stays_in_the_report_when_the_next_one_has_a_verb() -> None:
    text = ("Dr Tim Cooksley said conditions in A&E departments remained “unacceptable and unsafe”. "
            "He added that some patients were waiting more than 24 hours for a bed.")
    first, second = _indirect(text)
    assert first.text == "conditions in A&E departments remained “unacceptable and unsafe”"
    assert (second.speaker, second.cue) == ("Tim Cooksley", "added")


def test_a_partial_quote_inside_a_report_is_the_reports_and_an_apposition_after_it_is_not_reported() -> None:
    text = ("In a post on Truth Social, Trump wrote that Canada should become “the 51st state,” a suggestion "
            "Canadian officials have repeatedly dismissed.")
    quotes = extract(text, lang="en").quotes
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Trump", "Canada should become “the 51st state,”"), ("partial", "Trump", "the 51st state,")]


def test_a_verb_opening_the_next_sentence_is_not_the_cue_of_a_quote_ending_the_report() -> None:
    text = ("Karoline Leavitt said in a statement that the president “keeps his promises.” Asked whether "
            "talks were planned, Leavitt declined to give details.")
    (q,) = _indirect(text)
    assert (q.speaker, q.text) == ("Karoline Leavitt", "the president “keeps his promises.”")


def test_according_to_after_a_partial_quote_and_more_words_credits_the_sentence_not_the_quote() -> None:
    text = ("Some Republicans were frustrated. Rep. Dana Rohrabacher of California told colleagues on the call "
            "that the speaker was \"sabotaging\" the ticket, according to a person who heard the remark.")
    quotes = extract(text, lang="en").quotes
    (report,) = [q for q in quotes if q.kind == "indirect"]
    (partial,) = [q for q in quotes if q.kind == "partial"]
    assert report.text == "the speaker was \"sabotaging\" the ticket"
    assert (report.speaker, partial.speaker) == ("Dana Rohrabacher", "Dana Rohrabacher")


@pytest.mark.parametrize("subject", ["the Indiana governor", "the governor"])
def test_where_a_quote_was_said_after_its_speaker_is_no_report(subject: str) -> None:
    text = (f"Pence spoke.\n\n\"We will absolutely accept the result of the election,\" {subject} said on "
            f"NBC's \"Meet the Press.\"")
    assert _indirect(text) == []


def test_a_second_subject_after_and_reports_on_its_own() -> None:
    text = ("Democrats seized on the remarks.\n\nSen. Chris Murphy of Connecticut called them \"a new low,\" and "
            "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, said the comments were "
            "\"beyond the pale.\"")
    quotes = extract(text, lang="en").quotes
    reports = [(q.speaker, q.text) for q in quotes if q.kind == "indirect"]
    assert reports[-1] == ("Adam Schiff", "the comments were \"beyond the pale.\"")
    assert all("Schiff" not in q.text for q in quotes if q.speaker == "Chris Murphy")
    (pale,) = [q for q in quotes if q.kind == "partial" and q.text.startswith("beyond")]
    assert pale.speaker == "Adam Schiff"


@pytest.mark.parametrize("dateline", ["BUTLER, Pa. —", "SACRAMENTO, Calif. —"])
def test_a_dateline_with_a_states_short_form_is_no_part_of_the_sentence(dateline: str) -> None:
    text = (f"Trump rally draws thousands.\n\n{dateline} Donald Trump returned on Saturday, the site of the July "
            f"attack, and told a crowd of thousands that he would \"never stop fighting\" for them.")
    quotes = extract(text, lang="en").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Donald Trump"), ("partial", "Donald Trump")]


def test_a_participle_after_a_quoted_phrase_goes_on_for_the_subject_and_leaves_the_report_whole() -> None:
    text = ("The chancellor, Rachel Reeves, has defended her spending plans as ‘difficult but necessary’, "
            "insisting there was no alternative after years of low growth.")
    reports = [q.text for q in _indirect(text)]
    assert reports == ["her spending plans as ‘difficult but necessary’",
                       "there was no alternative after years of low growth"]


def test_a_participle_goes_on_for_the_name_after_a_possessive_role_opening_the_sentence() -> None:
    text = ("The debate ended.\n\nTrump's campaign chairman, Paul Manafort, disagreed, saying his candidate had "
            "\"won decisively.\"")
    quotes = extract(text, lang="en").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Paul Manafort"), ("partial", "Paul Manafort")]


@pytest.mark.parametrize("source", ["a top adviser", "his top adviser", "an adviser"])
def test_an_adviser_after_the_report_is_its_anonymous_source(source: str) -> None:
    text = f"The campaign is in trouble.\n\nThe campaign will not release the tax returns, {source} said on Sunday."
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("The campaign will not release the tax returns", source)


def test_a_participle_after_the_verb_and_its_time_is_what_the_speaker_did_not_said() -> None:
    text = ("The campaign is in trouble.\n\nThe campaign will not release the tax returns, Kellyanne Conway said "
            "on Sunday, brushing off criticism from Democrats.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("The campaign will not release the tax returns", "Kellyanne Conway")


def test_a_report_inside_a_relative_clause_ends_where_the_main_clause_goes_on() -> None:
    text = ("Apple's tax bill was levied by the European Union, which contended that Ireland undertaxed the "
            "company, is a good example of money kept offshore.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("Ireland undertaxed the company", "European Union")


def test_referencing_after_a_quote_reports_for_the_speaker() -> None:
    text = ("Elizabeth Warren spoke at the hearing.\n\n“You squeezed employees,” she said, referencing the bank’s "
            "drive to cross-sell accounts.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("the bank’s drive to cross-sell accounts", "Elizabeth Warren", "referencing")


@pytest.mark.parametrize("verb", ["shot back", "fired back"])
def test_a_retort_reports_what_follows_that_but_gunfire_reports_nothing(verb: str) -> None:
    text = (f"The debate was tense.\n\nHillary Clinton {verb} that Bernie Sanders had failed to explain how he "
            f"would break up the big banks.")
    (q,) = _indirect(text)
    assert (q.speaker, q.cue, q.text) == ("Hillary Clinton", verb, "Bernie Sanders had failed to explain how he "
                                          "would break up the big banks")
    assert _indirect("The gunman opened fire.\n\nPolice fired back at the gunman, killing him.") == []


@pytest.mark.parametrize(("text", "source"), [
    ("Border Patrol agents in the Rio Grande Valley say the administration has resumed releases.",
     "Border Patrol agents in the Rio Grande Valley"),
    ("Ukrainian officials in Kyiv said the attack killed three people.", "Ukrainian officials in Kyiv"),
    ("Police officers said the suspect fled the scene on foot.", "Police officers"),
])
def test_a_group_in_a_place_is_the_source_not_the_place(text: str, source: str) -> None:
    (q,) = _indirect("The news came late.\n\n" + text)
    assert q.speaker == source


def test_a_comma_ends_the_source_after_according_to() -> None:
    (q,) = _indirect("According to police, officers saw Scott get out of a car with a handgun.")
    assert (q.speaker, q.text) == ("police", "officers saw Scott get out of a car with a handgun")


@pytest.mark.parametrize("verb", ["vowed", "vowed Tuesday", "promised on Tuesday", "pledged"])
def test_to_after_a_verb_of_commitment_opens_what_was_promised(verb: str) -> None:
    (q,) = _indirect(f"The plant will close.\n\nThe union {verb} to fight the plan to close the plant.")
    assert q.text == "to fight the plan to close the plant"
    (q,) = _indirect("The plant will close.\n\nThe union said to reporters that it would fight the plan.")
    assert q.text == "it would fight the plan"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The Institute for Fiscal Studies, an independent think tank, said the plans would mean higher taxes.",
     "Institute for Fiscal Studies", "the plans would mean higher taxes"),
    ("The Confederation of British Industry said the rise in contributions would hit hiring.",
     "Confederation of British Industry", "the rise in contributions would hit hiring"),
    ("Letitia James said outside the courthouse that no one is above the law.",
     "Letitia James", "no one is above the law"),
])
def test_institutions_think_tanks_and_where_it_was_said(text: str, speaker: str, content: str) -> None:
    (q,) = _indirect("Taxes will rise.\n\n" + text)
    assert (q.speaker, q.text) == (speaker, content)


def test_a_relative_clause_after_an_apposition_reports_for_the_name_before_it() -> None:
    text = ("The trial goes on.\n\n\"We are going to win on appeal,\" said Chris Kise, another member of the legal "
            "team, who added that the judge had prejudged the case.")
    (q,) = _indirect(text)
    assert (q.speaker, q.text, q.cue) == ("Chris Kise", "the judge had prejudged the case", "added")


@pytest.mark.parametrize(("source", "speaker"), [
    ("a study published Monday in the Proceedings of the National Academy of Sciences",
     "a study published Monday in the Proceedings of the National Academy of Sciences"),
    ("a speech Hillary Clinton delivered at New York University in July 2015", "Hillary Clinton"),
])
def test_a_long_source_closing_the_sentence_after_according_to(source: str, speaker: str) -> None:
    (q,) = _indirect(f"Antarctica is losing ice six times faster than in the 1980s, according to {source}.")
    assert (q.speaker, q.text) == (speaker, "Antarctica is losing ice six times faster than in the 1980s")


def test_they_after_a_group_opening_the_sentence_before_is_that_group() -> None:
    text = ("Ice is melting.\n\n\"The ice is going,\" says Eric Rignot, a glaciologist.\n\nThe researchers analyzed "
            "satellite data from 18 regions. They found that East Antarctica is also shedding ice.")
    (q,) = _indirect(text)
    assert (q.speaker, text[q.speaker_start : q.speaker_end]) == ("The researchers", "They")


def test_a_quoted_phrase_before_what_someone_calls_something_stays_in_the_report() -> None:
    text = ("Peskov spoke.\n\nKremlin spokesman Dmitry Peskov told reporters that Western weapons deliveries would "
            "\"not change the course\" of what Moscow calls its special military operation.")
    report, partial = extract(text, lang="en").quotes
    assert (report.speaker, partial.speaker) == ("Dmitry Peskov", "Dmitry Peskov")
    assert report.text.endswith("of what Moscow calls its special military operation")


def test_a_noun_of_speech_after_a_quoted_phrase_does_not_take_it_from_the_report() -> None:
    text = "Trump spoke.\n\nMitch McConnell said he \"could not disagree more\" with the statement."
    report, partial = extract(text, lang="en").quotes
    assert (report.kind, report.text, report.speaker) == (
        "indirect", "he \"could not disagree more\" with the statement", "Mitch McConnell")
    assert (partial.kind, partial.speaker) == ("partial", "Mitch McConnell")


@pytest.mark.parametrize("tail", ["said Julia Kramer, who worked on the study.", "said biologist Julia Kramer."])
def test_a_relative_clause_or_a_profession_around_the_speaker_closing_the_report(tail: str) -> None:
    text = f"The tiny frog lives only in a small area of Peru, {tail}"
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("The tiny frog lives only in a small area of Peru", "Julia Kramer")


def test_a_verb_with_an_object_of_its_own_closes_no_report_before_its_comma() -> None:
    text = ("In a Wall Street Journal essay last week, Ivanka Trump acknowledged their uphill battle. "
            "\"The number of households led by single mothers has doubled,\" she wrote.")
    assert _indirect(text) == []
    text = ("The administration may be reluctant to act while John Kerry negotiates with Russia, Schiff said. "
            "\"The other factor is the election,\" he added.")
    (q,) = _indirect(text)
    assert (q.speaker, q.text) == ("Schiff", "The administration may be reluctant to act while John Kerry "
                                             "negotiates with Russia")


@pytest.mark.parametrize(("text", "report"), [
    ("Hamas said in a statement it had agreed with Qatar to extend the truce.",
     "it had agreed with Qatar to extend the truce"),
    ("The mayor said in an interview she would not run for a third term.", "she would not run for a third term"),
    ("Mosko said in an email to the network that the report was false and unfair.",
     "the report was false and unfair"),
])
def test_what_a_statement_was_made_in_is_no_part_of_it(text: str, report: str) -> None:
    (q,) = _indirect(text)
    assert q.text == report


@pytest.mark.parametrize("tail", ["an aide said", "said an aide"])
def test_a_writers_clause_after_the_speakers_comma_is_no_part_of_the_report(tail: str) -> None:
    text = f"The talks went on for hours, {tail}, although no deal was reached in the end."
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("The talks went on for hours", "an aide")


@pytest.mark.parametrize("frame", ["in his ruling", "at a briefing on Monday"])
def test_a_frame_noun_ending_in_ing_is_no_participle(frame: str) -> None:
    text = f"Judge Robert Pitman wrote {frame} that the law violated the First Amendment rights of the platforms."
    (q,) = _indirect(text)
    assert q.text == "the law violated the First Amendment rights of the platforms"


@pytest.mark.parametrize(("tail", "speaker", "role"), [("Gov. Greg Abbott said", "Greg Abbott", "Gov."),
                                                       ("President Joe Biden said", "Joe Biden", "President"),
                                                       ("Mr. Van Voorhis said", "Van Voorhis", None)])
def test_a_titled_name_closing_the_sentence_reports_what_went_before(tail: str, speaker: str, role: str | None) -> None:
    text = f"Prices will rise again next year, {tail}."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.role) == ("Prices will rise again next year", speaker, role)


@pytest.mark.parametrize("tail", ["regional Gov. Mykola Kalashnyk wrote on Telegram.",
                                  "regional Gov. Mykola Kalashnyk said."])
def test_a_plain_qualifier_before_the_role_of_a_closing_speaker(tail: str) -> None:
    text = f"Debris from downed drones damaged several homes in the Kyiv region, {tail}"
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("Debris from downed drones damaged several homes in the Kyiv region",
                                   "Mykola Kalashnyk")


def test_an_institution_named_for_centers_runs_over_its_fields() -> None:
    text = ("Most of the cases are among children who were not vaccinated, according to the Centers for Disease "
            "Control and Prevention.")
    (q,) = _indirect(text)
    assert q.speaker == "Centers for Disease Control and Prevention"


@pytest.mark.parametrize("tail", ["the central bank said in a statement on Monday.",
                                  "the bank's chief economist said in an interview with CNN."])
def test_where_and_when_it_was_said_after_the_verb_leave_the_report_before(tail: str) -> None:
    text = f"Prices will rise again next year, {tail}"
    (q,) = _indirect(text)
    assert q.text == "Prices will rise again next year"


@pytest.mark.parametrize(("tail", "speaker"), [
    ("Jane Smith, a senior economist at Barclays, said.", "Jane Smith"),
    ("Jane Smith, who heads the bank's research team, said on Monday.", "Jane Smith"),
    ("Smith, 54, said.", "Smith"),
    ("White House press secretary Jane Smith said.", "Jane Smith"),
])
def test_an_apposition_or_an_owner_of_the_role_inside_the_closing_tail(tail: str, speaker: str) -> None:
    text = f"Prices will rise again next year, {tail}"
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("Prices will rise again next year", speaker)


def test_a_described_subject_before_a_relative_clause_in_commas_speaks() -> None:
    text = "The union, which represents 30,000 workers, said the strike would continue for weeks."
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("the strike would continue for weeks", "The union")


@pytest.mark.parametrize("after", ["as more hostages were set to be freed", "while fighting went on in the north"])
def test_a_writers_clause_right_after_the_tails_comma_is_no_report(after: str) -> None:
    text = f"Israel and Hamas reached a deal to extend their truce by two days, mediator Qatar said, {after}."
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("Israel and Hamas reached a deal to extend their truce by two days", "Qatar")


@pytest.mark.parametrize(("tail", "speaker"), [("said Majed al-Ansari.", "Majed al-Ansari"),
                                               ("said an aide, as more hostages were set to be freed.", "an aide"),
                                               ("Qatar said, as more hostages were set to be freed.", "Qatar")])
def test_a_tail_after_a_sentence_that_names_others_is_its_own_speakers(tail: str, speaker: str) -> None:
    text = f"Israel and Hamas reached a deal to extend their truce by two days, {tail}"
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("Israel and Hamas reached a deal to extend their truce by two days", speaker)


def test_a_naming_verb_after_a_comma_takes_no_subject_after_it() -> None:
    text = "The program, called EB-5, allows foreign investors to gain citizenship by investing $500,000."
    assert _indirect(text) == []


@pytest.mark.parametrize("aside", ["in a statement", "in a statement on Monday", "for its part"])
def test_a_prepositional_aside_in_commas_stands_between_subject_and_verb(aside: str) -> None:
    q = extract(f"The company, {aside}, said it would fight the allegations in court.", lang="en").quotes[0]
    assert (q.speaker, q.text) == ("The company", "it would fight the allegations in court")


def test_a_verb_after_and_shares_the_subject_that_opened_the_sentence() -> None:
    q = extract("The company denied the allegations and said it would fight them in court.", lang="en").quotes[0]
    assert (q.speaker, q.text) == ("The company", "it would fight them in court")
    quotes = extract("The company called the allegations \"baseless\" and said it would fight them in court.",
                     lang="en").quotes
    assert [(x.kind, x.speaker) for x in quotes] == [("partial", "The company"), ("indirect", "The company")]
    q = extract("Prosecutors charged two men and said the attack had been planned for months.", lang="en").quotes[0]
    assert (q.speaker, q.text) == ("Prosecutors", "the attack had been planned for months")


def test_a_role_no_one_holds_by_name_keeps_whose_it_is() -> None:
    q = extract("Barclays' chief economist said inflation would ease next year.", lang="en").quotes[0]
    assert (q.speaker, q.speaker_kind) == ("Barclays' chief economist", "anonymous")
    q = extract("\"It will pass,\" Obama's former campaign strategist told CNN.", lang="en").quotes[0]
    assert q.speaker == "Obama's former campaign strategist"
    q = extract("Clinton's tenure as secretary of state drew criticism, the commission said on Monday.",
                lang="en").quotes
    assert all("tenure" not in (x.speaker or "") for x in q)


def test_a_paper_citing_sources_in_commas_reports_with_the_verb_after_them() -> None:
    text = "The Wall Street Journal, citing people familiar with the matter, reported that the deal was close."
    (q,) = extract(text, lang="en").quotes
    assert (q.text, q.cue, q.speaker) == ("the deal was close", "reported", "Wall Street Journal")


@pytest.mark.parametrize(("text", "content"), [
    ("Schwarzenegger urged Republicans to join the ranks of climate change believers, and criticized the "
     "party's lack of environmental awareness.", "Republicans to join the ranks of climate change believers"),
    ("Obama emphasized that Burma's reforms were not complete, and human rights groups warned that the "
     "administration was relinquishing critical leverage.", "Burma's reforms were not complete"),
])
def test_what_was_reported_ends_where_a_coordinated_clause_reports_on_its_own(text: str, content: str) -> None:
    assert extract(text, lang="en").quotes[0].text == content


def test_an_estimate_in_the_present_reports_its_that_clause() -> None:
    text = "The Tax Foundation estimates that it would cost the Treasury $374 billion over 10 years."
    (q,) = extract(text, lang="en").quotes
    assert (q.text, q.speaker, q.cue) == ("it would cost the Treasury $374 billion over 10 years", "Tax Foundation",
                                          "estimates")


def test_the_noun_estimate_reports_nothing() -> None:
    assert extract("The estimate was far too high for the city council to accept.", lang="en").quotes == ()


def test_a_qualified_epithet_past_a_sentence_that_names_no_one_is_the_subject_before_it() -> None:
    text = ("Donald Trump isn't saying much about debate preparation, with one notable exception.\n\n"
            "Baiting the moderators.\n\nThe Republican presidential nominee has repeatedly wondered whether the "
            "moderators will be fair to him.")
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]
    assert q.speaker == "Donald Trump"
    assert text[q.speaker_start : q.speaker_end] == "nominee"


@pytest.mark.parametrize(("opening", "speaker"), [
    ("Rep. Gregory W. Meeks (D-N.Y.), chairman of the Congressional Black Caucus PAC, said", "Gregory W. Meeks"),
    ("Rep. Jim Jordan (R-Ohio), an oversight panel member, said", "Jim Jordan"),
])
def test_a_name_with_its_party_in_brackets_before_its_apposition_speaks(opening: str, speaker: str) -> None:
    text = f"Scott spoke first. {opening} members will help him raise cash from around the country."
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]
    assert q.speaker == speaker


def test_who_after_an_apposition_that_opens_with_an_adverb_is_the_name_before_it() -> None:
    text = ("Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 "
            "said the GOP's most important goal was to make Obama a one-term president.")
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]
    assert q.speaker == "Mitch McConnell"


@pytest.mark.parametrize("epithet", [
    'On the episode of "The Steve Harvey Morning Show," the former secretary of state and current Democratic '
    "presidential nominee",
    "The former first lady and U.S. senator",
])
def test_two_roles_joined_by_and_name_again_the_subject_of_the_sentence_before(epithet: str) -> None:
    text = f"Hillary Clinton spoke on Tuesday. {epithet} said it was a mistake to use private email at the department."
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]
    assert q.speaker == "Hillary Clinton"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Stumpf stressed that only 1 percent of the bank's sales force had been involved with what multiple "
     "lawmakers called “fraud” in their letters.", "multiple lawmakers"),
    ("Patriot chose to file in Richmond, Va., where restructuring experts say some judges are eager to move "
     "large bankruptcy cases through quickly.", "restructuring experts"),
    ("Scott was at the center of a federal redistricting lawsuit in which Democrats successfully argued that "
     "Republicans illegally concentrated black voters in his district.", "Democrats"),
])
def test_the_subject_of_a_verb_in_a_wh_clause_stands_after_the_wh_word(text: str, speaker: str) -> None:
    assert speaker in [q.speaker for q in extract(text, lang="en").quotes]


@pytest.mark.parametrize("text", [
    "Nearly 1,500 coal- and gas-fired power plants together emit nearly two billion tons per year of carbon dioxide.",
    "That can easily lop five figures off costs each year per student, even if it doesn't bring the price down.",
])
def test_per_of_a_rate_reports_nothing(text: str) -> None:
    assert extract(text, lang="en").quotes == ()


def test_per_before_a_source_still_reports() -> None:
    (q,) = extract("Per the report, the plants emit nearly two billion tons of carbon dioxide.", lang="en").quotes
    assert (q.speaker, q.text) == ("the report", "the plants emit nearly two billion tons of carbon dioxide")


def test_a_source_qualified_by_its_side_and_placed_in_the_room_closes_an_inverted_tail() -> None:
    text = ("Kadzik's refusal to answer fully did not go over well with Republicans, and the meeting deteriorated "
            "from there, said one GOP source in the room.")
    (q,) = extract(text, lang="en").quotes
    assert (q.kind, q.speaker, q.speaker_kind) == ("indirect", "one GOP source", "anonymous")
    assert q.text.startswith("Kadzik's refusal to answer fully")


@pytest.mark.parametrize(("text", "speaker"), [
    ("It became known as the Buffett rule after Warren E. Buffett, the billionaire investor, complained that he "
     "paid taxes at a lower rate than his secretary.", "Warren E. Buffett"),
    ("His nonprofit group, called the Virginia Conservation Legacy Fund, will still own the property until it "
     "pays back the loan.", None),
])
def test_a_described_phrase_closed_by_a_comma_speaks_only_as_the_apposition_of_a_name(text: str, speaker) -> None:
    assert [q.speaker for q in extract(text, lang="en").quotes if q.kind == "indirect"] == (
        [speaker] if speaker else [])


def test_an_adverb_of_manner_before_the_verb_is_no_part_of_the_subject() -> None:
    text = "Over the past few days, Cruz and his aides increasingly signaled that they were coming around to Trump."
    (q,) = extract(text, lang="en").quotes
    assert q.speaker == "his aides"
    assert q.text == "they were coming around to Trump"


@pytest.mark.parametrize(("text", "kind"), [
    ("The agency said that the program had been abused by developers for years.", "organization"),
    ("The appeals court said that the state could not remove voters from the rolls.", "organization"),
    ("Her submission to the court said that the divorce files should stay sealed.", "unknown"),
])
def test_a_described_source_is_an_institution_where_its_noun_names_one(text: str, kind: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert q.speaker_kind == kind


def test_a_dash_aside_ends_the_phrase_before_the_verb_and_ask_is_a_cue() -> None:
    text = ("If we lived in normal times -- with some grounding in history -- a reader would now ask: "
            "''WHAT? Larry King and Ed Schultz are on a Russian state-financed television outlet?''")
    (q,) = extract(text, lang="en").quotes
    assert (q.speaker, q.cue) == ("a reader", "ask")


def test_who_after_a_dash_stands_for_the_name_before_it() -> None:
    text = ("Economists are divided on the plan, with Hillary Clinton — who has called for big tax hikes on the "
            "rich — lambasting it.")
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]
    assert q.speaker == "Hillary Clinton"
