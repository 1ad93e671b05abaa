"""The suggestion rules asked in the ways therapists write (DESIGN §3): for each concern and each
category, a table of phrasings, each a one-line user story, with the negations, hypotheticals,
other people's experiences and idioms that must not raise it. English and German."""

from __future__ import annotations

import pytest

from models.log.suggestions import suggest

# An encounter that raises nothing by its structured fields alone: only the text speaks.
QUIET = {
    "channel": "other",
    "setting": "not_applicable",
    "initiated_by": "client",
    "avoidability": "unavoidable",
    "acknowledgement": "not_applicable",
    "others_present": False,
    "therapy_content_raised": False,
    "categories": [],
}


def concerns(text: str, field: str = "what_was_said", **fields) -> set[str]:
    return {c.kind for c in suggest({**QUIET, **fields, field: text}).concerns}


def categories(**fields) -> dict[str, str]:
    return {s.slug: s.reason for s in suggest({**QUIET, **fields}).categories}


# (user story, what the therapist wrote, whether the concern is raised)
# fmt: off
CONCERN_PHRASINGS: dict[str, list[tuple[str, str, bool]]] = {
    "gift": [
        ("Paying for the therapist's coffee is a gift",
         'She insisted on paying for my coffee.', True),
        ('Something to keep is a gift',
         "He wanted me to have his late wife's cookbook.", True),
        ('Flowers sent to the practice for the therapist are a gift',
         'She sent flowers to the practice for me.', True),
        ('An offer to bring something back from a trip is a gift',
         'He asked what perfume I wear so he could pick some up for me from duty free.', True),
        ('Handing over a helpline number is not a gift',
         'Declined and gave him the food bank details.', False),
        ('An address given is not a gift',
         'He gave me his new address.', False),
        ('German: something knitted for the therapist',
         'Er hat mir einen Schal gestrickt.', True),
        ("German: paying for the therapist's coffee",
         'Sie bestand darauf, meinen Kaffee zu bezahlen.', True),
        ('German: a new address is not a gift',
         'Er gab mir seine neue Adresse.', False),
        ("A bottle of wine brought to the last session is a gift",
         "She brought me a bottle of wine to our last session.", True),
        ("A gift declined is still a gift to talk about", "He offered me a gift and I did not accept the gift.", True),
        ("An expensive watch is a gift", "He gave me a $200 watch as thanks.", True),
        ("Homemade things handed over are gifts", "She dropped off some homemade brownies for me.", True),
        ("A thank-you card is a token gift", "A thank-you card was waiting in my pigeonhole.", True),
        ("Cash pressed into the hand is a gift of money", "He pressed an envelope with cash into my hand.", True),
        ("A gift the therapist gives counts too", "I gave her a bag of books for her son.", True),
        ("'The gift of time' is a figure of speech", "She called the quiet weekend the gift of time.", False),
        ("Being gifted at something is not a gift", "He is a gifted pianist, she told me.", False),
        ("A present for someone else is not a gift between us",
         "She was buying flowers for her mum's birthday.", False),
        ("Being present is not a present", "Her husband was present throughout.", False),
        ("A gift only imagined is not a gift", "He joked that if he won the lottery he would buy me a car.", False),
        ("Sending a message is not a gift", "She sent me a message about Tuesday.", False),
        ("German: flowers brought at the end of therapy",
         "Zum Abschluss brachte sie mir einen Blumenstrauß mit.", True),
        ("German: a gift refused is still a gift",
         "Er wollte mir eine teure Uhr schenken; ich habe sie nicht angenommen.", True),
        ("German: 'ein Geschenk' as a figure of speech",
         "Die Zeit mit den Kindern sei ein echtes Geschenk, sagte sie.", False),
        ("German: attention paid is not a gift", "Sie schenkte mir keine Aufmerksamkeit.", False),
    ],
    "money_or_business": [
        ('Paying for sessions in kind is business',
         'She asked whether she could pay for her sessions by cleaning the practice instead.', True),
        ("Selling through the therapist's waiting room is business",
         "Becky asked whether I'd stock her candles in my waiting room.", True),
        ("Buying the client's work is business",
         'She suggested I could buy her paintings.', True),
        ('A venture together is business',
         'He suggested we go into business together.', True),
        ('Work for a fee is business',
         "She asked if I'd write copy for her website, for a fee.", True),
        ("The client's money worries are not business between us",
         'He has money worries since the redundancy.', False),
        ('Paying the invoice is the fee, not business',
         "She paid for October's sessions.", False),
        ('German: paying for sessions by cleaning',
         'Sie fragte, ob sie die Stunden mit Putzen bezahlen könne.', True),
        ("German: a job in the client's firm",
         'Er bot mir einen Job in seiner Firma an.', True),
        ('German: selling in the waiting room',
         'Sie wollte, dass ich ihre Kerzen im Wartezimmer verkaufe.', True),
        ('German: money worries are not business',
         'Er hat Geldsorgen seit der Kündigung.', False),
        ("An offer of paid work is business", "He offered to pay me to do his bookkeeping.", True),
        ("Buying the client's car is business", "She asked if I wanted to buy her car.", True),
        ("A discount from the client's firm is business",
         "He recommended his plumbing firm and offered me a discount.", True),
        ("A loan between client and therapist is money", "She asked to borrow £50 for the bus home.", True),
        ("Hiring the client is business", "I hired him to paint my hallway.", True),
        ("An offer made as 'if you ever need' is still an offer",
         "If you ever need an electrician, he said, he'd do me a good price.", True),
        ("Business hours are not business", "She rang during business hours to cancel.", False),
        ("'None of my business' is not business", "It is none of my business who she dates.", False),
        ("The client's own bank loan is not business between us",
         "The bank approved the loan for his food truck.", False),
        ("A tip to the waiter is not money with the client", "I left the waiter a tip and went home.", False),
        ("German: paid tax work offered", "Er bot an, gegen Bezahlung meine Steuererklärung zu machen.", True),
        ("German: a mini job in the practice",
         "Sie fragte, ob sie bei mir im Büro einen Minijob bekommen könne.", True),
        ("German: office hours are not business", "Sie fragte nach den Geschäftszeiten der Praxis.", False),
        ("German: 'geht mich nichts an' is not business", "Das geht mich nichts an, sagte ich mir.", False),
        ("German: a referral ('Überweisung') is not a bank transfer",
         "Optionen: ich pausiere, oder Überweisung an eine Kollegin.", False),
        ("German: money transferred on top of the fee is money", "Er hat mir 150 € zusätzlich überwiesen.", True),
    ],
    "safety": [
        ('Farewell letters and being a burden are safety',
         'She texted that she had written letters to everyone and was sorry for being such a burden.', True),
        ('Means bought are safety',
         'He told me he has bought rope.', True),
        ("Taking all of one's tablets is safety",
         "She texted that she'd taken all her antidepressants.", True),
        ('Cutting again is safety',
         'She has been cutting again, on her thighs.', True),
        ('Researching ways to die is safety',
         "She said she's been looking up ways to die.", True),
        ('Not wanting to wake up is safety',
         'She said she just wants to go to sleep and not wake up.', True),
        ("Violence by a partner is the client's danger",
         'Her ex turned up at the flat and shoved her against the door.', True),
        ("Abuse by a relative is the client's danger, not someone else's experience",
         'He disclosed that his father beats him.', True),
        ('A threat to kill a named person is safety',
         'He said he would kill his neighbour if he parked there again, and he meant it.', True),
        ("'My boss is going to kill me for …' is an idiom",
         'He messaged that his boss is going to kill him for missing the deadline.', False),
        ("'Mum would kill her if …' is an idiom",
         'She said her mum would kill her if she found out about the tattoo.', False),
        ('Dark thoughts years ago, none now, no plans: no safety',
         "She said she'd had dark thoughts years ago but none now, and has no plans to harm herself.", False),
        ('German: a rope bought',
         'Er sagte, er habe sich einen Strick gekauft.', True),
        ('German: everyone better off without him',
         'Er sagte, alle wären ohne ihn besser dran.', True),
        ('German: abuse by a stepfather',
         'Ihr Stiefvater fasst sie nachts an.', True),
        ("German: 'the boss will kill her' is an idiom",
         'Ihr Chef bringt sie um, wenn sie zu spät kommt.', False),
        ("Wanting to kill oneself tonight is a safety concern", "He said he wanted to kill himself tonight.", True),
        ("An overdose taken is a safety concern", "She had taken a handful of her sleeping pills.", True),
        ("Self-harm is a safety concern", "She told me she had been self-harming again.", True),
        ("Partner violence is a safety concern", "Her partner hit her again last night.", True),
        ("Suicidal thinking in other words is a safety concern", "He said nobody would miss him if he was gone.", True),
        ("A risk to a child is a safety concern", "She said she was scared she would hurt the baby.", True),
        ("Not being able to go on is a safety concern", "He said he can't go on like this.", True),
        ("German: tired of life", "Sie sei lebensmüde, schrieb sie.", True),
        ("'No risk to herself' is not a safety concern", "Asked about risk: no risk to herself or others.", False),
        ("Denied suicidal thoughts are not a safety concern", "She denied any suicidal thoughts.", False),
        ("A relative's suicide long ago is someone else's experience",
         "Her brother's suicide was ten years ago.", False),
        ("Threatening to end therapy is not a threat to safety",
         "He threatened to leave therapy if I raised the fee.", False),
        ("Ending the call is not ending a life", "I ended the call after five minutes.", False),
        ("German: wanting to die is a safety concern", "Sie schrieb, sie wolle nicht mehr leben.", True),
        ("German: stockpiled tablets", "Er habe Tabletten gesammelt, sagte er.", True),
        ("German: violence with the object first", "Er hat mich wieder geschlagen, sagte sie.", True),
        ("German: no suicidal thoughts", "Sie hat keine Suizidgedanken mehr.", False),
        ("German: denied suicidality", "Suizidalität wurde verneint.", False),
    ],
    "romantic_or_sexual": [
        ('A life pictured together is romantic',
         "He wrote that he can't stop picturing a life with me once he's discharged.", True),
        ("Dinner 'not as therapist and client' is romantic",
         "She asked if I'd like to get dinner with her sometime, 'not as therapist and client'.", True),
        ('An endearment in a message is romantic',
         "Ryan sent a selfie with a winking face and 'miss you already, beautiful'.", True),
        ('A pass is romantic',
         'She made a pass at me in the car park.', True),
        ("Comments on the therapist's body are sexual",
         'She keeps commenting on my body and what I wear.', True),
        ('Waiting for the therapist until therapy ends is romantic',
         "He said he'd wait for me until therapy ends.", True),
        ("The client's new boyfriend is the client's own life",
         'Saw her in the park with her new boyfriend; she said how happy she is.', False),
        ("The client dating again is the client's own life",
         'She has started dating again after the divorce.', False),
        ("A partner's kiss goodbye is someone else's",
         'Her husband kissed her goodbye at the door.', False),
        ("The client's sexual history is the client's own",
         'He talked about his sexual history in the session.', False),
        ('German: a private dinner invitation',
         'Im Supermarkt fragte er, ob ich mal mit ihm essen gehen würde, ganz privat.', True),
        ('German: being chatted up',
         'Er hat mich angebaggert.', True),
        ("German: can't stop thinking of the therapist",
         'Sie sagte, sie könne nicht aufhören, an mich zu denken.', True),
        ('German: nakedness in a changing room is not romantic',
         'Im Umkleideraum des Hallenbads stand er nackt neben mir; ich bin sofort gegangen.', False),
        ('German: her new boyfriend is her own life',
         'Sie erzählte von ihrem neuen Freund.', False),
        ("Being asked out for a drink is romantic", "He asked me out for a drink, just the two of us.", True),
        ("Declared feelings are romantic", "She wrote that she thinks she is falling for me.", True),
        ("Feelings declined are still romantic", "I did not return her feelings for me.", True),
        ("A kiss on the mouth is romantic", "He walked me to my car and kissed me.", True),
        ("The therapist's own attraction is romantic", "I find him attractive and I notice it in sessions.", True),
        ("Feelings said in other words are romantic",
         "He has never felt like this about anyone and hopes I feel the same.", True),
        ("The client's own boyfriend is not romance with the therapist",
         "She was at the market with her boyfriend.", False),
        ("A kiss for one's own child is not romantic", "He kissed his daughter goodbye at the gate.", False),
        ("Asking whether the therapist is single is a romantic probe", "He asked whether I was single.", True),
        ("Unwanted sexual touch is sexual", "He groped me as I passed.", True),
        ("German: asked whether I am single", "Er fragte, ob ich Single sei.", True),
        ("A kiss on the cheek is a touch, not a romance", "She kissed me on the cheek at the party.", False),
        ("Being seen undressed in a sauna is not romance", "He was in the sauna, naked, eyes closed; I left.", False),
        ("German: asked to go for a drink", "Er fragte, ob wir mal was trinken gehen, nur wir zwei.", True),
        ("German: in love", "Sie schrieb, sie habe sich in mich verliebt.", True),
        ("German: wishes to get to know me privately", "Er würde mich gern privat kennenlernen.", True),
        ("German: the client's new boyfriend", "Sie war mit ihrem neuen Freund auf dem Markt.", False),
        ("German: 'a friend' is not romance", "Sie stellte mich als eine Freundin vor.", False),
    ],
    "online_lookup": [
        ("Searching a client's name by its possessive is a look-up",
         "Before our first session I searched Elena's name and found a news report.", True),
        ("Scrolling a client's runs is a look-up",
         "Late at night I caught myself scrolling through Mark's Strava runs.", True),
        ("Watching a client's videos is a look-up",
         'I watched his YouTube videos.', True),
        ('The client googling the therapist is not a look-up',
         'Rosa mentioned that she had googled my qualifications before booking.', False),
        ("German: watching a client's videos",
         'Ich habe seine YouTube-Videos angesehen.', True),
        ('German: the client googled the therapist',
         'Sie hat mich vorher gegoogelt.', False),
        ("Googling the client is an online look-up", "I googled her name after the session.", True),
        ("Browsing the client's profile is an online look-up", "I looked at his Instagram profile last night.", True),
        ("A look-up in other words", "Out of curiosity I checked his Strava.", True),
        ("A tap without thinking is still a look-up", "I tapped it without thinking and saw her profile.", True),
        ("A look-up that did not happen is none", "I did not look her up.", False),
        ("The client looking up the therapist is not the therapist's look-up",
         "She googled me and found my practice page.", False),
        ("German: googled", "Ich habe ihn gegoogelt.", True),
        ("German: looked on Xing", "Hab auf Xing nachgeschaut, wo sie arbeitet.", True),
        ("German: the client googled me", "Sie hat mich gegoogelt, schrieb sie.", False),
    ],
    "social_media_connection": [
        ("Liking a client's post is a connection",
         'I accidentally liked one of her posts.', True),
        ('German: following on Instagram',
         'Sie folgt mir jetzt auf Instagram.', True),
        ("A friend request is a social media connection", "She sent me a friend request on Facebook.", True),
        ("A request declined is still a connection asked for", "He sent a LinkedIn request; I didn't accept it.", True),
        ("Following the therapist's account is a connection", "He has started following the practice Instagram.", True),
        ("Following up is not following", "I followed up with her GP by letter.", False),
        ("The following week is not following", "We met again the following week.", False),
        ("German: a friend request", "Sie hat mir eine Freundschaftsanfrage geschickt.", True),
        ("German: wants to connect on LinkedIn", "Er will mit mir auf LinkedIn vernetzt werden.", True),
        ("German: an appointment request is not a connection", "Sie schickte eine Terminanfrage.", False),
    ],
    "physical_contact": [
        ('Brushing against the therapist is contact',
         'He brushed against me deliberately.', True),
        ('A hand on the knee is contact',
         'Talking about his father, he put his hand on my knee and left it there.', True),
        ("A stepfather's touch is abuse, not contact between us",
         'She disclosed that her stepfather touches her at night.', False),
        ('German: a hand on the knee',
         'Er legte seine Hand auf mein Knie.', True),
        ('German: hugging her daughter is not contact between us',
         'Sie umarmte ihre Tochter zum Abschied.', False),
        ("A hug is physical contact", "At the door she hugged me.", True),
        ("A hand on the knee is physical contact", "He put his hand on my knee.", True),
        ("A hug held back is still physical contact offered", "She tried to hug me but I stepped back.", True),
        ("A kiss on the cheek is physical contact", "She kissed me on the cheek.", True),
        ("Keeping in touch is not touch", "She wants to keep in touch after the ending.", False),
        ("Being touched by words is not touch", "I was touched by what she wrote.", False),
        ("Hugging one's own child is not contact with the therapist",
         "He was hugging his daughter after her race.", False),
        ("German: a long hug", "Beim Abschied umarmte sie mich lange.", True),
        ("German: a pat on the shoulder", "Er hat mir zum Abschied auf die Schulter geklopft.", True),
        ("German: staying in contact is not touch", "Sie möchte in Kontakt bleiben.", False),
    ],
    "self_disclosure": [
        ('Telling the client one has children is self-disclosure',
         'I told her I have two children.', True),
        ("'I'm in recovery too' is self-disclosure",
         "When Josh asked, I let him know that I'm in recovery from alcohol too.", True),
        ("Telling about one's holiday is self-disclosure",
         'When she asked about my holiday I told her all about our trip to Crete.', True),
        ('Arranging the next session is not self-disclosure',
         "I told him I'd see him on Thursday.", False),
        ('German: divorced too',
         'Ich habe erwähnt, dass ich auch geschieden bin.', True),
        ("Telling the client of one's own chemo is self-disclosure", "I ended up telling him about my chemo.", True),
        ("Sharing one's own loss is self-disclosure", "I replied that I lost my own brother years ago.", True),
        ("Answering a personal question is self-disclosure",
         "She asked whether I had children; I said yes, two boys.", True),
        ("Turning a question back is not self-disclosure",
         "She asked about my holiday; I said fine and turned it back to her.", False),
        ("Telling the client a practical limit is not self-disclosure",
         "I told him I couldn't accept the tickets.", False),
        ("A disclosure that did not happen is none", "I did not tell her about my divorce.", False),
        ("The client's disclosure is not the therapist's", "She told me about her divorce.", False),
        ("German: told the client of my divorce", "Ich erzählte ihm, dass ich mich gerade scheiden lasse.", True),
        ("German: told of my knee operation", "Im Wartezimmer erzählte ich ihr von meiner Knie-OP.", True),
        ("German: the client told me", "Sie erzählte mir von ihrer Scheidung.", False),
    ],
}

# fmt: on


@pytest.mark.parametrize(
    "kind, story, text, raised",
    [(kind, *row) for kind, rows in CONCERN_PHRASINGS.items() for row in rows],
    ids=[f"{kind}: {row[0]}" for kind, rows in CONCERN_PHRASINGS.items() for row in rows],
)
def test_concern_phrasings(kind, story, text, raised):
    assert (kind in concerns(text)) is raised, story


# (user story, the encounter's fields, category, whether suggested)
# fmt: off
CATEGORY_CASES: list[tuple[str, dict, str, bool]] = [
    ("Meeting in person in a public place is about acknowledgement",
     {"channel": "in_person", "setting": "public_place", "what_was_said": "We nodded."},
     "public_acknowledgement", True),
    ("Acknowledging without consent is about acknowledgement wherever it happens",
     {"channel": "in_person", "setting": "other", "acknowledgement": "without_consent",
      "what_was_said": "I said hello."},
     "public_acknowledgement", True),
    ("A message is between-session contact", {"channel": "message", "what_was_said": "She texted to move Tuesday."},
     "between_session_contact", True),
    ("A platform's suggestion with no contact is not between-session contact",
     {"channel": "social_media", "initiated_by": "no_contact",
      "what_was_said": "LinkedIn suggested her profile; I scrolled past."},
     "between_session_contact", False),
    ("A call mentioned in an in-person note is between-session contact",
     {"channel": "in_person", "setting": "other", "what_was_said": "Later that night he texted me a thank-you."},
     "between_session_contact", True),
    ("'How do you know each other?' is confidentiality",
     {"channel": "in_person", "setting": "public_place", "what_was_said": "Her husband asked how we knew each other."},
     "confidentiality", True),
    ("Others present is confidentiality", {"others_present": True, "what_was_said": "Her friends were there."},
     "confidentiality", True),
    ("Overheard therapy talk is confidentiality",
     {"what_was_said": "The man opposite overheard her talking about our last session."},
     "confidentiality", True),
    ("German: 'woher kennt ihr euch' is confidentiality",
     {"what_was_said": "Ihr Mann fragte, woher wir uns kennen."}, "confidentiality", True),
    ("A planned contact is professional boundaries",
     {"avoidability": "planned", "what_was_said": "I went to her exhibition."},
     "professional_boundaries", True),
    ("A gift is professional boundaries",
     {"what_was_said": "He brought me a bottle of wine."}, "professional_boundaries", True),
    ("Being neighbours is a dual relationship",
     {"what_was_said": "He has moved in next door to me."}, "dual_relationship", True),
    ("The client teaching my child is a dual relationship",
     {"what_was_said": "She turned out to be my son's class teacher."}, "dual_relationship", True),
    ("My own son named in passing is not a dual relationship",
     {"what_was_said": "I was at the pool with my son when she waved."}, "dual_relationship", False),
    ("'None of my business' is not a dual relationship",
     {"what_was_said": "Who she dates is none of my business."}, "dual_relationship", False),
    ("'Business hours' are not a dual relationship",
     {"what_was_said": "She rang during business hours."}, "dual_relationship", False),
    ("Volunteering at the same place is a second role",
     {"what_was_said": "She volunteers at the same food bank as me."}, "dual_relationship", True),
    ("'Volunteered' as a verb is not a second role",
     {"what_was_said": "She volunteered that she had been drinking again."}, "dual_relationship", False),
    ("German: the client's own volunteering is not a second role",
     {"what_was_said": "Sie arbeitet ehrenamtlich im Hospiz, erzählte sie."}, "dual_relationship", False),
    ("German: volunteering in the same shelter is",
     {"what_was_said": "Sie arbeitet ehrenamtlich im selben Tierheim wie ich."}, "dual_relationship", True),
    ("Joining the therapist's committee is a second role",
     {"what_was_said": "She has joined the committee I chair."}, "dual_relationship", True),
    ("A chance meeting in public alone is not a dual relationship",
     {"channel": "in_person", "setting": "public_place", "what_was_said": "Said hello at the bakery."},
     "dual_relationship", False),
    ("German: the client as my neighbour is a dual relationship",
     {"what_was_said": "Sie ist in die Wohnung unter mir gezogen, jetzt sind wir Nachbarinnen."},
     "dual_relationship", True),
    ("German: my son mentioned in passing is not",
     {"what_was_said": "Ich war mit meinem Sohn beim Kinderarzt; sie grüßte."}, "dual_relationship", False),
    ("A client in crisis reaching out is support outside sessions",
     {"channel": "phone", "what_was_said": "She rang to say she had taken an overdose."},
     "support_outside_sessions", True),
    ("Attending the client's graduation is support outside sessions",
     {"what_was_said": "I attended her graduation ceremony as agreed."}, "support_outside_sessions", True),
    ("A wish to rescue in the reflection is a personal reflection",
     {"reflection": "I wanted to rescue her from all of it."}, "personal_reflection", True),
    ("Thinking of the client at home is a personal reflection",
     {"reflection": "I kept thinking about him all evening at home."}, "personal_reflection", True),
    ("A reflection that only records the event is not",
     {"reflection": "Nothing to add; routine."}, "personal_reflection", False),
    ("Annoyance with oneself is not a pull toward the client",
     {"reflection": "Annoyed with myself for greeting first."}, "personal_reflection", False),
    ("German: over-identification is a personal reflection",
     {"reflection": "Ich identifiziere mich mehr mit ihm, als gut ist."}, "personal_reflection", True),
    ("A view coloured by what was seen is about clinical judgment",
     {"reflection": "I'm worried it will colour how I hear her in sessions."}, "clinical_judgment", True),
    ("One's own stake in a shared choir is about clinical judgment",
     {"what_was_said": "She has joined my choir.", "reflection": "I really don't want to give it up."},
     "clinical_judgment", True),
]

# fmt: on


@pytest.mark.parametrize("story, fields, slug, suggested", CATEGORY_CASES, ids=[case[0] for case in CATEGORY_CASES])
def test_category_phrasings(story, fields, slug, suggested):
    assert (slug in categories(**fields)) is suggested, story


def test_every_concern_quotes_the_words_that_raised_it():
    result = suggest({**QUIET, "what_was_said": "She brought me a bottle of wine to say thanks."})
    (gift,) = [c for c in result.concerns if c.kind == "gift"]
    assert "“" in gift.reason and "bottle of wine" in gift.reason


def test_romantic_and_safety_concerns_call_for_high_risk_and_the_supervisor():
    for text in ("He asked me out for dinner.", "She said she wanted to end her life."):
        result = suggest({**QUIET, "what_was_said": text})
        assert result.minimum_risk is not None and result.minimum_risk.risk == "high"
        assert result.follow_up == ["consult_supervisor"]


def test_acknowledged_without_consent_calls_for_at_least_moderate_risk():
    result = suggest(
        {
            **QUIET,
            "channel": "in_person",
            "setting": "public_place",
            "acknowledgement": "without_consent",
            "what_was_said": "I greeted him by name.",
        }
    )
    assert result.minimum_risk.risk == "moderate"
    assert result.minimum_risk.reason == "acknowledged without prior consent"


def test_a_quiet_encounter_calls_for_no_minimum_risk():
    assert suggest({**QUIET, "what_was_said": "She emailed to confirm Tuesday."}).minimum_risk is None


def test_a_confirmed_concern_is_not_suggested_again_but_still_sets_the_risk():
    result = suggest({**QUIET, "what_was_said": "He asked me out.", "concerns": ["romantic_or_sexual"]})
    assert "romantic_or_sexual" not in {c.kind for c in result.concerns}
    assert result.minimum_risk.risk == "high"


# (user story, the encounter's fields, the field warned about, whether warned)
# fmt: off
COHERENCE: list[tuple[str, dict, str, bool]] = [
    ("No contact with a client-first acknowledgement is incoherent",
     {"initiated_by": "no_contact", "acknowledgement": "client_first"}, "acknowledgement", True),
    ("No contact, not acknowledged, is coherent",
     {"initiated_by": "no_contact", "acknowledgement": "not_acknowledged"}, "acknowledgement", False),
    ("A text acknowledged in person is incoherent",
     {"channel": "message", "acknowledgement": "client_first"}, "acknowledgement", True),
    ("A violation not flagged for supervision is incoherent",
     {"assessment": "violation", "for_supervision": False, "consultation": "Rang my supervisor."},
     "for_supervision", True),
    ("A violation without a consultation is incoherent",
     {"assessment": "violation", "for_supervision": True, "consultation": None}, "consultation", True),
    ("A planned contact without a rationale is incoherent",
     {"avoidability": "planned", "rationale": None}, "rationale", True),
    ("A planned contact with rationale, benefit and consequences is coherent",
     {"avoidability": "planned", "rationale": "Agreed in therapy.", "anticipated_benefit": "Support.",
      "anticipated_consequences": "Little."}, "rationale", False),
    ("A romantic overture rated low risk is incoherent",
     {"what_was_said": "She asked me out on a date.", "risk": "low"}, "risk", True),
    ("A romantic overture rated high risk is coherent",
     {"what_was_said": "She asked me out on a date.", "risk": "high"}, "risk", False),
]

# fmt: on


@pytest.mark.parametrize("story, fields, field, warned", COHERENCE, ids=[case[0] for case in COHERENCE])
def test_coherence_warnings(story, fields, field, warned):
    warnings = suggest({**QUIET, **fields}).warnings
    assert (field in {w.field for w in warnings}) is warned, story
