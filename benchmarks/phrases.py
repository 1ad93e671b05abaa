"""Sentences the benchmark's encounters are written from, beside the demo vignettes: what a careful
therapist adds to a note (context, what happened next, how it was handled, what it stirred up),
so that each encounter carries 300 to 2,000 characters of narrative as real notes do. Fictional.

``{first}`` is the client's first name, ``{other}`` another client's full name, ``{place}`` a named
place, ``{contact}`` a telephone number or e-mail address: the things a pseudonymiser must find.
"""

# What happened: context and detail, added after the vignette's own account.
HAPPENED = (
    "It was late in the afternoon and the place was busier than usual.",
    "The whole exchange took less than a minute.",
    "I was with my own family at the time, which made it harder to step away quietly.",
    "The client seemed more at ease than in our sessions, and talked faster than usual.",
    "Nobody else appeared to notice anything out of the ordinary.",
    "The client glanced at the people around them before saying anything.",
    "We were both waiting for the same bus and there was nowhere else to stand.",
    "The client mentioned that they had been hoping to run into me.",
    "They asked whether I lived nearby; I did not answer the question.",
    "The message arrived just after midnight and was followed by two shorter ones.",
    "The call came through the practice line, which forwards to my mobile after hours.",
    "The client's voice was flat and they paused for a long time before answering.",
    "There was music and a lot of noise, so we had to stand close to hear each other.",
    "A colleague of mine was standing next to me and saw the whole exchange.",
    "The client's child was with them and asked who I was.",
    "They said they had told a friend about our work and the friend wanted to meet me.",
    "It was the second time this month that we had been in the same place by chance.",
    "The client apologised twice for interrupting my evening.",
    "At the end they said they would bring it up on Thursday anyway.",
    "They were carrying a bag from the pharmacy and looked tired.",
    "The client laughed and said it felt strange to see me outside the room.",
    "I recognised the client's partner from a photograph they had shown me in a session.",
    "There were about twenty people in the hall, several of whom know me professionally.",
    "The client asked for my personal number so they could reach me more easily.",
    "They said the last session had stayed with them all week.",
    "When I did not reply straight away a second message asked whether I was angry.",
    "The client mentioned a new job and said they had me to thank for it.",
    "They wanted to know if I would be at the same event next year.",
    "The client offered to buy me a coffee, which I declined.",
    "The exchange was friendly but the client's eyes were red.",
    "Their mother was with them and thanked me for helping her child.",
    "The client asked, half joking, whether I was following them.",
    "A neighbour of mine knows the client's family and greeted them warmly.",
    "The client said they had seen my car parked outside the school.",
    "I only realised who it was after they had already walked past.",
    "They told me they had been drinking and did not want to be alone.",
    "The client wrote that they had looked up where I trained and found an old article of mine.",
    "Someone in the group asked how long we had known each other.",
    "The client said they had stopped taking their medication last week.",
    "The message ended with a row of hearts and a request to reply soon.",
)

# What the therapist did and intends: the response field's continuation.
HANDLED = (
    "I kept my answer short and friendly and did not go into anything from our sessions.",
    "I reminded them of our agreement about contact between sessions, kindly and without blame.",
    "I will bring it up at the start of the next session and ask how it was for them.",
    "I wrote a note in the clinical record the same day.",
    "I checked the crisis plan with them before ending the call.",
    "I offered an earlier appointment, which they accepted.",
    "I did not reply out of hours, as agreed, and answered the next morning.",
    "I made sure we were out of earshot before saying anything at all.",
    "I declined politely and said I would explain why when we next meet.",
    "I let them lead, as we had agreed, and kept to a greeting.",
    "I asked whether they were safe tonight and who they could call.",
    "I told the person asking that I could not say how we know each other.",
    "I left the event earlier than I had planned, so that the client could stay.",
    "I will review the contact agreement with the client and write down what we agree.",
    "I thanked them for letting me know and said we would talk it through in session.",
    "I avoided any mention of therapy and changed the subject to the weather.",
    "I gave them the out-of-hours number again and confirmed our next appointment by letter.",
    "I checked with the practice manager that nothing had been said at reception.",
    "I will raise with the client how they would like me to act if this happens again.",
    "I did not accept the friend request and will explain the policy face to face.",
    "I asked a colleague to see the client in my place for the rest of the course.",
    "I stepped back from the committee's planning group for the time being.",
    "I plan to take this to supervision before doing anything further.",
    "I answered the practical question only and left the rest for our session.",
    "I noted the time and length of the call for the record.",
)

# What it stirred in the therapist: the private reflection.
REFLECTED = (
    "I noticed a pull to be more helpful than I would be in the room.",
    "Part of me enjoyed being needed, which is worth looking at.",
    "I felt protective of the client, perhaps more than the situation called for.",
    "I was irritated and then guilty about being irritated.",
    "I kept thinking about the exchange on the way home.",
    "I wonder whether my wish to be liked made me say more than I meant to.",
    "It reminded me of my own family, which I need to keep separate.",
    "I felt exposed, as if my private life had become part of the work.",
    "I am not sure my reply was for the client rather than for my own comfort.",
    "I noticed relief when they left, and then some sadness.",
    "I would like to understand why this client stays with me outside sessions.",
    "I am worried that I am becoming the only support they have.",
)

# Whom the therapist consulted, and what was advised.
CONSULTED = (
    "Discussed with my supervisor by phone the next day: keep to the agreement and name the pattern in session.",
    "Peer consultation group on Tuesday: advised to agree a plan for chance meetings with the client.",
    "Spoke with the practice's clinical lead, who suggested writing the contact agreement down.",
    "Asked my supervisor whether to continue on the committee; we will review it in a month.",
    "Consulted a colleague experienced with eating disorders about the risk, by phone.",
    "Supervisor advised a risk review and a written crisis plan before the next session.",
)

# Sentences that name people and places, and ways to reach someone.
NAMING = (
    "{first} said it was nice to see a friendly face.",
    "{first} later wrote that they had felt embarrassed.",
    "I heard someone call out to {first} from across the room.",
    "{first} mentioned that {other} had recommended me to them.",
    "{other} was there too and greeted us both.",
    "They said they had met {other} at a support group.",
    "We met outside {place}.",
    "It happened near {place}, where I often go.",
)
CONTACTING = (
    "The client asked me to ring them on {contact} instead of the practice line.",
    "The message came from {contact}, which the client had not used before.",
)

PLACES = (
    "Rosewood Community Centre", "St Mary's Primary School", "Hartley Park", "the Millbrook Leisure Centre",
    "Kingsway Library", "the Old Mill café", "Ashford Station", "Riverside Market", "Holloway Street",
    "the Lindenhof clinic", "Elm Grove allotments", "the Crown and Anchor",
)  # fmt: skip

FIRST_NAMES = (
    "Maria", "Peter", "Anna", "Thomas", "Søren", "Rose", "Mark", "Jürgen", "Sabine", "Fatima", "Mehmet", "Olga",
    "Ivan", "Yuki", "Wei", "Grace", "Lukas", "Emma", "Noah", "Leon", "Mia", "Ben", "Hannah", "Paul", "Lea",
    "Elias", "Sofia", "Jonas", "Zoë", "Siobhán", "Priya", "Tomás", "Leila", "Owen", "Noor", "Sam",
)  # fmt: skip
LAST_NAMES = (
    "Schmidt", "Müller", "Meyer", "Kowalski", "Nguyen", "Smith", "Jones", "O'Brien", "Yılmaz", "Ivanova",
    "Tanaka", "García", "Rossi", "Novak", "Berg", "Fischer", "Weber", "Mensah", "Haddad", "Walsh", "Okafor",
)  # fmt: skip

# The supervision month: the supervisor's notes and comments, and the action items agreed.
SUPERVISOR_NOTES = (
    "We went through the month's priority encounters in order.",
    "The pattern of late messages from two clients needs a consistent response.",
    "Chance meetings in the neighbourhood are frequent; a standing plan for each client would help.",
    "Good use of consultation before the planned contact.",
    "Self-care came up again: the therapist's load this month was high.",
)
SUPERVISOR_COMMENTS = (
    "Discussed. The response was proportionate; keep the record as it is.",
    "Worth agreeing a protocol with this client before it happens again.",
    "Consider whether the reply out of hours sets a precedent.",
    "Discussed at length; see the action item about the contact agreement.",
    "Fine as handled. Bring it back if the pattern continues.",
    "Check the risk rating: the content suggests at least moderate.",
)
ACTION_ITEMS = (
    "Write down the contact agreement with the client and share a copy.",
    "Review the crisis plan at the next session.",
    "Bring the committee question back next month.",
    "Read the practice's policy on gifts and discuss it with the client.",
    "Arrange peer consultation on the dual relationship.",
)
ADDENDUM_REASONS = (
    "Corrected after the client clarified what was said.",
    "Risk revised after the follow-up call.",
    "Added the consultation, which took place after sign-off.",
)
