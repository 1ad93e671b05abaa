"""Written vignettes for the demo database: the situations Caselog exists for, each as an
encounter template. Fictional; any likeness to a real person is chance."""

# Each vignette gives every field the form asks for; dates, times and clients are added when
# the demo database is built. Locations are invented and generic.
VIGNETTES = [
    {
        "channel": "in_person", "setting": "public_place", "location": "Greengrocer on the high street",
        "initiated_by": "client", "avoidability": "unavoidable", "acknowledgement": "client_first",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "Client saw me at the till, smiled and said \"fancy seeing you here\". I said hello back. "
        "Their partner was with them and asked how we knew each other; the client answered \"from work\".",
        "response": "Kept it to a greeting and moved on. Did not add to the client's answer about how we know each "
        "other. Plan to ask next session how the meeting felt and whether the cover story sat well with them.",
        "reflection": "I noticed relief that they led. Also a flicker of worry about the partner's question.",
        "categories": ["public_acknowledgement", "confidentiality"], "risk": "low", "assessment": "crossing_benign",
        "follow_up": [("discuss_next_session", True)],
    },
    {
        "channel": "in_person", "setting": "public_place", "location": "Queue at the pharmacy",
        "initiated_by": "chance", "avoidability": "unavoidable", "acknowledgement": "not_acknowledged",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "Stood two places behind the client in the queue. We made eye contact; the client looked "
        "away. No words exchanged.",
        "response": "Followed our agreed protocol: I did not acknowledge them. Left the queue and came back later so "
        "that they would not have to stand next to me.",
        "reflection": None,
        "categories": ["public_acknowledgement"], "risk": "low", "assessment": "crossing_benign",
        "follow_up": [("discuss_next_session", False)],
    },
    {
        "channel": "in_person", "setting": "community_event", "location": "School summer fair",
        "initiated_by": "therapist", "avoidability": "avoidable", "acknowledgement": "without_consent",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "I said \"hi, good to see you\" before I had thought about it. The client looked startled, "
        "said hello and introduced me to a friend as \"someone I know\".",
        "response": "Apologised briefly and stepped away. Noted that we had never agreed how to handle meeting in "
        "public. Will raise it next session and agree a protocol; the client leads.",
        "reflection": "Habit from my social life took over. Uncomfortable that I put them on the spot.",
        "categories": ["public_acknowledgement", "confidentiality", "professional_boundaries"], "risk": "moderate",
        "assessment": "crossing_risky", "follow_up": [("discuss_next_session", True), ("consult_supervisor", False)],
        "consultation": "Peer consultation group, the same week: advised to name it openly and agree a protocol.",
        "for_supervision": True,
    },
    {
        "channel": "message", "setting": "not_applicable", "location": None,
        "initiated_by": "client", "avoidability": "avoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": True,
        "what_was_said": "Text at 23:10 on a Saturday: \"Sorry to bother you, I had another panic attack and "
        "remembered the breathing thing. It helped. Just wanted you to know.\"",
        "response": "Did not reply out of hours, in line with the contact agreement. On Monday sent the standard "
        "message confirming our next appointment and crisis line numbers.",
        "reflection": "Warmth at the news, and a pull to reply straight away.",
        "categories": ["between_session_contact", "support_outside_sessions"], "risk": "low",
        "assessment": "crossing_benign",
        "follow_up": [("discuss_next_session", True), ("document_clinical_record", True)],
    },
    {
        "channel": "message", "setting": "not_applicable", "location": None,
        "initiated_by": "client", "avoidability": "avoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": True,
        "what_was_said": "Third message this week between sessions, each longer than the last, describing the "
        "week's arguments in detail and asking what I think they should do.",
        "response": "Replied once, briefly, within working hours: thanked them, said these belong in our session and "
        "that I would keep Thursday's slot for it. Reminded them of crisis options.",
        "reflection": "I am starting to dread the notification sound. Is my irritation telling me something about "
        "the pattern they describe with others?",
        "categories": ["between_session_contact", "personal_reflection", "clinical_judgment"], "risk": "moderate",
        "assessment": "crossing_risky", "follow_up": [("discuss_next_session", False), ("consult_supervisor", False)],
        "for_supervision": True,
    },
    {
        "channel": "social_media", "setting": "not_applicable", "location": None,
        "initiated_by": "client", "avoidability": "avoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": False,
        "what_was_said": "Received a friend request on a social network from the client's personal account.",
        "response": "Did not accept. Will explain the social media policy in session rather than by message, so the "
        "refusal is not read as rejection.",
        "reflection": None,
        "categories": ["between_session_contact", "dual_relationship"], "risk": "low",
        "assessment": "crossing_benign", "follow_up": [("discuss_next_session", False)],
    },
    {
        "channel": "in_person", "setting": "private_gathering", "location": "Birthday party at a friend's house",
        "initiated_by": "chance", "avoidability": "avoidable", "acknowledgement": "client_first",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "The client turned out to be a friend of the host. They came over and chatted about the "
        "food for a minute. Later another guest asked me \"so how do you two know each other?\"",
        "response": "Answered the guest with \"we've met before\" and changed the subject. Left the party earlier "
        "than planned so that the client could relax.",
        "reflection": "Small world. I felt like a guest in my own life. Need to think about whether I go to this "
        "host's gatherings while the work continues.",
        "categories": ["dual_relationship", "confidentiality", "public_acknowledgement"], "risk": "moderate",
        "assessment": "crossing_risky", "follow_up": [("discuss_next_session", True), ("consult_supervisor", True)],
        "consultation": "Supervisor, by phone two days later: no need to avoid the host, but agree with the client "
        "in advance what we each do if we meet there again.",
        "for_supervision": True,
    },
    {
        "channel": "in_person", "setting": "community_event", "location": "Graduation ceremony, town hall",
        "initiated_by": "client", "avoidability": "planned", "acknowledgement": "consent_on_file",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "The client had invited me to their graduation after two years of work together. I sat at "
        "the back for the ceremony, congratulated them in a sentence afterwards, and left before the reception.",
        "response": "Discussed the invitation over two sessions beforehand: meaning for the client, what I would and "
        "would not do there, how we would end the contact. Followed that plan.",
        "reflection": "Moved. Also checked with myself that I was going for them, not for me.",
        "categories": ["support_outside_sessions", "professional_boundaries", "public_acknowledgement"],
        "risk": "moderate", "assessment": "crossing_benign",
        "rationale": "Milestone the client connected directly with the work; declining risked repeating an early "
        "experience of no one turning up.",
        "anticipated_benefit": "Witnessing the achievement; consolidating the ending phase.",
        "anticipated_consequences": "Blurring of the frame; others asking who I am. Agreed answer: \"a friend of "
        "the family\" was rejected, we settled on the client introducing me however they chose.",
        "consultation": "Supervisor, before accepting: agreed, with the limits above.",
        "follow_up": [("discuss_next_session", True), ("document_clinical_record", True)], "for_supervision": True,
    },
    {
        "channel": "in_person", "setting": "workplace", "location": "Training day at the hospital",
        "initiated_by": "chance", "avoidability": "unavoidable", "acknowledgement": "not_acknowledged",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "The client is a nurse and was among the participants of a training day I was asked to "
        "co-teach. We both noticed at registration. No words about it.",
        "response": "Spoke to the organiser and swapped to the afternoon group so that we were not in the same "
        "room. Will raise it next session.",
        "reflection": "Anxious about what they may feel if they had seen me teaching.",
        "categories": ["dual_relationship", "confidentiality"], "risk": "moderate", "assessment": "crossing_benign",
        "follow_up": [("discuss_next_session", False), ("consult_supervisor", False)], "for_supervision": True,
    },
    {
        "channel": "phone", "setting": "not_applicable", "location": None,
        "initiated_by": "client", "avoidability": "unavoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": True,
        "what_was_said": "Call on Sunday afternoon; the client was distressed, said they felt unreal and were "
        "frightened. Spoke for eight minutes.",
        "response": "Grounded them with the exercise we use in sessions, checked safety, agreed they would call the "
        "out-of-hours line if it returned, and offered an earlier appointment.",
        "reflection": "I answered because I happened to see the phone. Would I have wanted to be reached? Yes; "
        "would it be sustainable? No.",
        "categories": ["between_session_contact", "support_outside_sessions", "clinical_judgment"], "risk": "high",
        "assessment": "crossing_risky", "duration_minutes": 8,
        "consultation": "Supervisor on Monday: review the crisis plan and the contact agreement together.",
        "follow_up": [("discuss_next_session", True), ("consult_supervisor", True), ("document_clinical_record", True)],
        "for_supervision": True,
    },
    {
        "channel": "in_person", "setting": "public_place", "location": "Swimming pool changing area",
        "initiated_by": "chance", "avoidability": "avoidable", "acknowledgement": "client_first",
        "others_present": True, "therapy_content_raised": True,
        "what_was_said": "The client said hello and then started talking about last session's topic, within earshot "
        "of others.",
        "response": "Said gently that I would love to hear more on Tuesday, and left. No detail discussed.",
        "reflection": None,
        "categories": ["confidentiality", "public_acknowledgement"], "risk": "moderate",
        "assessment": "crossing_risky", "follow_up": [("discuss_next_session", False)],
    },
    {
        "channel": "other", "setting": "not_applicable", "location": None,
        "initiated_by": "client", "avoidability": "avoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": False,
        "what_was_said": "A handmade card and a jar of jam were left at reception with a thank-you note.",
        "response": "Accepted the card. Will talk about the jam and the meaning of the gift next session, in line "
        "with the gifts policy (small, one-off, discussed).",
        "reflection": "Touched. Aware of my own discomfort with receiving.",
        "categories": ["professional_boundaries"], "risk": "low", "assessment": "crossing_benign",
        "follow_up": [("discuss_next_session", True), ("document_clinical_record", False)],
    },
    {
        "channel": "in_person", "setting": "public_place", "location": "Gym",
        "initiated_by": "no_contact", "avoidability": "avoidable", "acknowledgement": "not_applicable",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "Saw the client on the rowing machines; they did not see me.",
        "response": "Changed my workout time for now. Will mention it if it becomes relevant.",
        "reflection": "Noticed a wish to see how they are 'in real life', and let it go.",
        "categories": ["personal_reflection"], "risk": "low", "assessment": "crossing_benign",
        "follow_up": [("no_action", True)],
    },
    {
        "channel": "other", "setting": "not_applicable", "location": None,
        "initiated_by": "no_contact", "avoidability": "unavoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": False,
        "what_was_said": "No contact. Found myself thinking about the client through the weekend after a hard "
        "session about their father's illness.",
        "response": "Wrote it down here and took it to personal therapy. Checked next session's plan against the "
        "client's goals rather than my worry.",
        "reflection": "Is this for me or for them? My own father's illness is in the room.",
        "categories": ["personal_reflection", "clinical_judgment"], "risk": "moderate",
        "assessment": "crossing_benign", "follow_up": [("consult_supervisor", False)], "for_supervision": True,
    },
    {
        "channel": "in_person", "setting": "workplace", "location": "Practice waiting room",
        "initiated_by": "third_party", "avoidability": "unavoidable", "acknowledgement": "not_applicable",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "The client's mother arrived unannounced asking to speak with me about her adult son's "
        "progress.",
        "response": "Explained I could not confirm or discuss anyone's attendance, gave her the practice's general "
        "leaflet, and told the client at the next session.",
        "reflection": None,
        "categories": ["confidentiality"], "risk": "moderate", "assessment": "crossing_benign",
        "follow_up": [("discuss_next_session", True), ("document_clinical_record", True)],
    },
    {
        "channel": "in_person", "setting": "community_event", "location": "Neighbourhood association meeting",
        "initiated_by": "chance", "avoidability": "avoidable", "acknowledgement": "client_first",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "The client has joined the same neighbourhood committee I sit on. They greeted me and said "
        "\"I guess we're colleagues now.\"",
        "response": "Stepped back from the committee's subgroup the client joined. Will explore with the client "
        "whether a shared committee is workable for them.",
        "reflection": "Resentful about giving up something of mine. Worth naming in supervision.",
        "categories": ["dual_relationship", "public_acknowledgement"], "risk": "high",
        "assessment": "crossing_risky",
        "consultation": "Supervisor: consider whether continuing on the committee is compatible with the work.",
        "follow_up": [("discuss_next_session", False), ("consult_supervisor", True)], "for_supervision": True,
    },
    {
        "channel": "message", "setting": "not_applicable", "location": None,
        "initiated_by": "therapist", "avoidability": "planned", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": False,
        "what_was_said": "Sent a short encouraging message on the morning of the client's job interview, as agreed "
        "at the last session.",
        "response": "One message, agreed in advance, no follow-up conversation by message.",
        "reflection": None,
        "categories": ["support_outside_sessions", "between_session_contact", "professional_boundaries"],
        "risk": "low", "assessment": "crossing_benign",
        "rationale": "The client's history of freezing under evaluation; we agreed one message as a bridge.",
        "anticipated_benefit": "Confidence on the day.",
        "anticipated_consequences": "A precedent for messages; agreed it was a one-off.",
        "follow_up": [("discuss_next_session", True), ("document_clinical_record", True)],
    },
    {
        "channel": "in_person", "setting": "public_place", "location": "Café near the practice",
        "initiated_by": "client", "avoidability": "avoidable", "acknowledgement": "client_first",
        "others_present": False, "therapy_content_raised": True,
        "what_was_said": "Client came over to my table and asked if they could sit down for a minute to tell me "
        "something they'd been too embarrassed to say in session.",
        "response": "Said kindly that I wanted to give it the proper time and privacy, and that it would be the "
        "first thing we talk about on Wednesday. They left.",
        "reflection": "Felt I had turned them away at a vulnerable moment.",
        "categories": ["professional_boundaries", "public_acknowledgement", "clinical_judgment"],
        "risk": "moderate", "assessment": "crossing_risky",
        "follow_up": [("discuss_next_session", True), ("consult_supervisor", False)], "for_supervision": True,
    },
    {
        "channel": "message", "setting": "not_applicable", "location": None,
        "initiated_by": "client", "avoidability": "avoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": False,
        "what_was_said": "Email asking to move the appointment, with a line at the end: \"you're the only person I "
        "can really talk to\".",
        "response": "Replied only about the appointment time. Will take the last line into the session.",
        "reflection": None,
        "categories": ["between_session_contact"], "risk": "low", "assessment": "crossing_benign",
        "follow_up": [("discuss_next_session", False)],
    },
    {
        "channel": "in_person", "setting": "other", "location": "Waiting room at the GP surgery",
        "initiated_by": "chance", "avoidability": "unavoidable", "acknowledgement": "consent_on_file",
        "others_present": True, "therapy_content_raised": False,
        "what_was_said": "We had agreed that a nod is fine. Nodded to each other across the waiting room.",
        "response": "Nothing further needed.",
        "reflection": None,
        "categories": ["public_acknowledgement"], "risk": "low", "assessment": "crossing_benign",
        "follow_up": [("no_action", True)],
    },
    {
        "channel": "social_media", "setting": "not_applicable", "location": None,
        "initiated_by": "client", "avoidability": "avoidable", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": False,
        "what_was_said": "The client started following the practice's public page and commented \"so helpful!!\" "
        "under a post about sleep.",
        "response": "Did not respond to the comment. The practice page policy (no replies to clients) applies.",
        "reflection": None,
        "categories": ["between_session_contact", "confidentiality"], "risk": "low",
        "assessment": "crossing_benign", "follow_up": [("no_action", True)],
    },
    {
        "channel": "phone", "setting": "not_applicable", "location": None,
        "initiated_by": "therapist", "avoidability": "planned", "acknowledgement": "not_applicable",
        "others_present": False, "therapy_content_raised": True,
        "what_was_said": "Planned check-in call after the client missed two sessions, to ask whether they wanted to "
        "continue.",
        "response": "Brief call; the client had been unwell and rebooked. Kept the call to logistics and wellbeing.",
        "reflection": None,
        "categories": ["professional_boundaries", "between_session_contact"], "risk": "low",
        "assessment": "crossing_benign", "duration_minutes": 6,
        "rationale": "Non-attendance after a hard session; a call to keep the door open is in our contract.",
        "anticipated_benefit": "Avoids an unplanned ending.",
        "anticipated_consequences": "The client may feel chased; kept it short and offered choice.",
        "follow_up": [("document_clinical_record", True)],
    },
]  # fmt: skip

# Invented client names for the demo, so an identified export of demo data looks real.
DEMO_NAMES = [
    "Alex Morgan", "Sam Okafor", "Jordan Lee", "Priya Raman", "Chris Novak", "Maya Cohen", "Tomás Ruiz",
    "Hannah Schmidt", "Yuki Tanaka", "Leila Haddad", "Owen Price", "Grace Mensah", "Noor Aziz", "Ben Walsh",
]  # fmt: skip
