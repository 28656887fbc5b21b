"""Realistic, reproducible volunteer notes for benchmarks: varied text, not repeated filler.

Every note is composed from many sentence templates whose `{slots}` are filled from word lists
(activities, topics, how the person seemed, small events, weather by season, appointments,
family news, follow-ups) with a seeded `random.Random`, so the same seed always gives the same
notes. A note agrees with the entry it belongs to: kind, mode, date, place, tags, minutes and
the "how they seemed" score. Also here: match display names, places and the tag lists.

Check the variety with `.venv/bin/python bench/notes.py`: the share of distinct sentences
among 10,000 notes, whether any two notes are identical, and the length of the notes.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta


def lines(block: str) -> tuple[str, ...]:
    """One phrase per non-empty line: keeps long word lists readable and formatter-stable."""
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


def words(text: str) -> tuple[str, ...]:
    """Single words separated by spaces."""
    return tuple(text.split())


# --- people, places and tags ------------------------------------------------------------------

# "first name/pronoun": display names add a surname initial; notes use the first name.
PEOPLE = tuple(
    tuple(p.split("/"))
    for p in words(
        "Margaret/she Arthur/he Doreen/she Kenneth/he Joan/she Stanley/he Brenda/she "
        "Dennis/he Pauline/she Harold/he Siobhán/she Rajesh/he Gwen/she Winston/he Zoë/she "
        "José/he Irene/she Malcolm/he Bernadette/she Tariq/he Renée/she Eileen/she Clive/he "
        "Parveen/she Samuel/he Hilda/she Desmond/he Yvonne/she Olusegun/he Agnieszka/she"
    )
)
SURNAME_INITIALS = "ABCDEFGHJKLMNOPRSTW"

HOME_PLACES = lines("""
    {name}'s flat
    {name}'s house
    the sheltered housing lounge
    {name}'s bungalow
    the communal garden at {name}'s block
    {name}'s kitchen
""")
OUT_PLACES = lines("""
    the community café on Station Road
    St Anne's day centre
    the library on Church Street
    the garden centre
    Ward 7, Royal Infirmary
    the Co-op café
    the park by the canal
    the Methodist church hall
    the leisure centre
    the market
    Oakfield care home
    the Age UK lunch club
    Greenway allotments
    the seafront shelter
    the museum café
    the bowls club
    Harbour Lane chip shop
    the Friday coffee morning
""")

# The organisation's tag lists, then a few tags volunteers type themselves.
ACTIVITIES = lines("""
    walk
    tea and chat
    shopping
    board games
    gardening
    reminiscence
    crafts
    library visit
    café trip
    cooking
    music
    puzzles
    phone help
    form filling
    bus trip
""")
TOPICS = lines("""
    family
    health
    loneliness
    housing
    money worries
    bereavement
    hobbies
    memories
    pets
    news
    technology
    transport
    food
    sleep
    faith
""")
OWN_ACTIVITIES = ("jigsaw", "bird watching", "knitting", "watching the cricket")
OWN_TOPICS = ("grandchildren", "the war years", "football", "the allotment")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = words(
    "January February March April May June July August September October November December"
)
SEASONS = ("spring", "summer", "autumn", "winter")

# --- slot word lists: a slot's options may carry slots of their own ----------------------------

SLOTS: dict[str, tuple[str, ...]] = {
    "relative": lines("""
        daughter
        son
        granddaughter
        grandson
        niece
        nephew
        sister
        brother
        daughter-in-law
        son-in-law
        great-grandson
        cousin
        stepdaughter
        godson
    """),
    "kin": tuple(
        f"{rel} {{{'fname' if female else 'mname'}}}"
        for rel, female in (
            ("daughter", True),
            ("son", False),
            ("granddaughter", True),
            ("grandson", False),
            ("niece", True),
            ("nephew", False),
            ("sister", True),
            ("brother", False),
            ("daughter-in-law", True),
            ("son-in-law", False),
            ("great-grandson", False),
            ("cousin", True),
            ("stepdaughter", True),
            ("godson", False),
        )
    ),
    "fname": words("Karen Louise Emma Michelle Sophie Priya Chloe Aisha Nicola Hannah Jade Amy"),
    "mname": words("Steve Gary Darren Lee Jamal Tom Wayne Ryan Callum Declan Kieran Matt"),
    "town": words(
        "Leeds Bristol Swindon Norwich Cardiff Preston Leicester Exeter Derby Hull Glasgow "
        "Reading Bolton Luton Plymouth York Dundee"
    ),
    "holiday": lines("""
        Spain
        Tenerife
        Cornwall
        the Lake District
        Portugal
        Skegness
        Crete
        Blackpool
        Wales
        Turkey
        Scarborough
        the Isle of Wight
    """),
    "holiday_time": lines("""
        Christmas
        Easter
        half term
        the bank holiday
        New Year
        Diwali
        Eid
        the summer holidays
    """),
    "pet_name": words("Biscuit Milo Bella Poppy Alfie Tilly Buster Luna Rolo Pepper Toffee"),
    "month": MONTHS,
    "season": SEASONS,
    "weeks": ("three", "four", "five", "six", "eight"),
    "family_news": lines("""
        is expecting a baby in {month}
        has moved to {town} for a new job
        passed {their} driving test at the third attempt
        is getting married next {season}
        has been poorly with a chest infection
        started at {town} College in September
        came round on {weekday} with a cake
        has not phoned for nearly {weeks} weeks
        sent photos from a holiday in {holiday}
        is going through a divorce
        got a place at university in {town}
        is taking {obj} out for lunch on {weekday}
        has a new puppy called {pet_name}
        lost {relpos} job at the warehouse
        is running the {town} half marathon
        had an operation on {relpos} shoulder
        is coming to stay over {holiday_time}
    """),
    "appointment": lines("""
        a hearing test
        the diabetic eye screening
        a blood test
        physio for {their} knee
        a check-up with the practice nurse
        the memory clinic
        the chiropodist
        a scan on {their} hip
        the dentist
        an outpatient appointment about {their} heart
        the falls clinic
        a flu jab
        a review of {their} tablets with the pharmacist
        a cataract assessment
        the respiratory nurse
    """),
    "clinic": lines("""
        the health centre
        the Royal Infirmary
        Parkside surgery
        the community hospital
        the eye clinic at St Luke's
        Boots on the high street
        the walk-in centre
        Moorfield medical practice
        the outpatients block
    """),
    "health_news": lines("""
        {their} knee has been playing up again since the cold weather started
        the new tablets are making {obj} feel dizzy in the mornings
        {subj} has been sleeping badly because of {their} back
        the district nurse now comes on {weekday}s to dress {their} leg
        {subj} had a fall in the bathroom last {weekday} but did not go to hospital
        {their} hearing aid keeps whistling and needs new tubing
        {subj} has been told by {clinic} to cut down on salt
        {their} blood pressure was better at {clinic} this time
        the GP has referred {obj} to the memory clinic
        {subj} is waiting for a date for {their} cataract operation
        {their} cough has finally cleared up after the antibiotics
        {subj} is finding the stairs harder and has asked about a stairlift
    """),
    "weather_result": lines("""
        we stayed in with the heating on
        we took the bus instead of walking
        {name} was glad of the company
        we sat by the window and watched the street
        we kept the walk short
        we made the most of it and went out
        {name} had the fire on already
        {subj} did not want to go far
        we had a hot drink first
        the bus was late and packed
    """),
    "drink": lines("""
        a pot of tea
        a cappuccino
        hot chocolate
        a coffee and a scone
        an iced lolly
        a cup of tea and a biscuit
        orange juice
        a pot of Earl Grey
        soup and a roll
        a toasted teacake
    """),
    "route": lines("""
        round the block
        down to the canal
        through the park
        along the seafront
        to the end of the road and back
        up to the church
        round the duck pond
        along the old railway path
        to the post box
    """),
    "items": lines("""
        bread and milk
        a birthday card for {their} {relative}
        stamps
        slippers
        batteries for the clock
        cat food
        a new kettle
        tights
        bird seed
        light bulbs
        a calendar
        denture tablets
        fruit
        a phone top-up
        wool
        a hot water bottle
    """),
    "shop": lines("""
        the Co-op
        Tesco
        the market
        the chemist
        Aldi
        the pound shop
        the post office
        Marks and Spencer
        the corner shop
        Wilko
    """),
    "game": words("dominoes Scrabble rummy draughts cribbage chess Uno bingo Rummikub"),
    "wins": ("two", "three", "four", "five"),
    "losses": ("one", "none", "two"),
    "craft": lines("""
        a Christmas wreath
        knitted squares for a blanket
        a birthday card
        a photo album
        paper flowers
        a memory box
        a patchwork cushion
        decorations for the lounge
        a scrapbook of the garden
    """),
    "garden_job": lines("""
        deadheaded the roses
        planted tulip bulbs
        repotted the geraniums
        weeded the front path
        picked runner beans
        filled the bird feeders
        swept up leaves
        sowed sweet peas
        cut back the lavender
    """),
    "singer": lines("""
        Vera Lynn
        the Beatles
        Shirley Bassey
        Frank Sinatra
        Bob Marley
        Cliff Richard
        Lata Mangeshkar
        Elvis
        Tom Jones
        Nat King Cole
        Dusty Springfield
        ABBA
    """),
    "dish": lines("""
        a shepherd's pie
        scones
        a lentil dal
        Welsh cakes
        a vegetable soup
        flapjacks
        a rice pudding
        jollof rice
        a crumble
        pancakes
    """),
    "puzzle": lines("""
        the crossword
        a 500-piece jigsaw of a harbour
        a word search
        sudoku
        the quiz in the paper
        a jigsaw of Venice
    """),
    "device": ("tablet", "mobile phone", "smart speaker", "laptop", "new phone"),
    "device_task": lines("""
        set up video calls with {their} {relative}
        turn the ringtone up
        save {their} GP surgery's number
        find the photos {their} {relative} sent
        order a repeat prescription online
        join the Wi-Fi
        listen to the radio
        send a message to {their} {relative}
    """),
    "form": lines("""
        the attendance allowance form
        a blue badge application
        the council tax letter
        the bus pass renewal
        a housing benefit review
        the Warm Home Discount form
        a pension credit claim
        the TV licence letter
    """),
    "bus_trip": lines("""
        into town
        to the coast
        to the garden centre
        to the market
        to the retail park
        to see the Christmas lights
        to the cathedral
    """),
    "memory": lines("""
        working at the {factory} in the sixties
        meeting {their} late {spouse} at a dance
        growing up in {town} with {count} brothers and sisters
        being evacuated during the war
        coming to England in {year} and that first winter
        {their} time as a nurse on night shifts
        driving buses for thirty years
        the street parties for the Coronation
        hop-picking holidays in Kent
        running a corner shop with {their} {spouse}
        {their} national service in {posting}
        learning to swim in the sea at {holiday}
    """),
    "factory": lines("""
        biscuit factory
        mill
        shoe factory
        railway works
        brewery
        steelworks
        pottery
        car plant
    """),
    "posting": ("Germany", "Cyprus", "Aden", "Malaya", "Catterick", "Gibraltar"),
    "count": ("two", "three", "four", "five", "six", "seven"),
    "appliance": lines("""
        boiler
        washing machine
        television
        kettle
        front door lock
        oven
        shower
        doorbell
        fridge
        heating
    """),
    "neighbour": lines("""
        Pat from next door
        Mr Okafor downstairs
        Janet across the road
        the warden
        Bill at number 12
        Mrs Ahmed
        the lady from the church
    """),
    "item": lines("""
        a newspaper
        some eggs
        a library book
        a sympathy card
        a bag of apples
        a parish magazine
        a spare key
        some rhubarb from the allotment
    """),
    "council_topic": lines("""
        the bin collections
        a rent increase
        the repairs
        council tax
        a housing review
        the parking permits
    """),
    "price": ("£5", "£6", "£7.50", "£8", "£10"),
    "bake": lines("""
        a Victoria sponge
        banana bread
        a fruit loaf
        ginger biscuits
        a lemon drizzle
        bread pudding
        coconut cake
    """),
    "gift": lines("""
        fleece blanket
        box of chocolates
        photo frame
        jigsaw
        pair of slippers
        bunch of flowers
        large-print book
    """),
    "group": lines("""
        knit and natter
        singing for the brain
        walking
        men's shed
        chair yoga
        reading
        gardening
        lunch club
    """),
    "coordinator": ("Helen", "Mo", "Rachel", "Dev", "Kath", "Femi"),
    "rests": ("two", "three", "four", "a few"),
    "sight": lines("""
        the house {subj} grew up in
        a heron on the bank
        where the cinema used to be
        the new flats
        a robin
        the old school
    """),
    "chat": lines("""
        {their} {relative}'s wedding plans
        the old days at the {factory}
        the price of everything
        the soaps
        the garden
        holidays in {holiday}
    """),
    "books": ("two", "three", "four", "five"),
    "genre": lines("""
        crime novels
        westerns
        romances
        biographies
        war stories
        travel books
        cookery books
        Catherine Cookson
    """),
    "out_place": OUT_PLACES,
    "left": ("two", "three", "four", "a couple of"),
    "bus_minutes": ("twenty", "twenty-five", "forty", "fifty"),
    "days": ("two", "three", "four", "several"),
    "room": ("bathroom", "back bedroom", "kitchen", "hallway"),
    "bill": ("electricity", "gas", "water", "phone", "council tax"),
    "years": ("two", "three", "five", "eight", "ten", "twelve"),
    "hobby": lines("""
        knitting
        painting
        crosswords
        bird watching
        baking
        embroidery
        stamp collecting
        family history
    """),
    "hobby_result": lines("""
        a half-finished cardigan
        a watercolour of the harbour
        a list of the birds on the feeder
        a family tree back to 1840
        a cross-stitch sampler
    """),
    "pet": ("dog", "cat", "budgie", "rabbit"),
    "pet_issue": ("its jabs", "a bad paw", "a lump that turned out to be nothing", "its teeth"),
    "news_story": lines("""
        the price rises
        the local elections
        the football
        the royal family
        the new road layout in town
        the closure of the bank branch
        the weather warnings
        the library opening hours
    """),
    "bus_route": ("number 12", "number 7", "X4", "number 33", "hopper"),
    "freq": ("once an hour", "every two hours", "weekdays only"),
    "food_rut": ("toast and soup", "ready meals", "cereal", "tea and biscuits"),
    "small_hour": ("3am", "4am", "half past two", "five"),
    "meal": ("lunch", "tea", "Countdown"),
    "worship": lines("""
        Mass
        the Sunday service
        Friday prayers
        the gurdwara
        chapel
        the temple
    """),
    "part_of_day": ("morning", "afternoon", "after lunch", "early evening", "mid-morning"),
    "my_errand": lines("""
        work
        the school run
        my shift
        a dentist appointment of my own
        dropping my car at the garage
    """),
    "rings": ("second", "third", "fourth", "sixth"),
    "group_size": ("about eight", "a dozen", "fifteen or so", "only five", "over twenty"),
    "feeling": lines("""
        drained
        quite emotional
        really pleased
        a bit useless
        uplifted
        worried
        tired but glad I went
        frustrated
        grateful
        unsettled
        proud of how it went
    """),
    "follow": lines("""
        ring {clinic} about {name}'s repeat prescription
        find out whether the lunch club at {venue} has space for {name} on {weekday}s
        check with {coordinator} about a falls team referral for {name} by {day_ref}
        bring {name} the large-print crossword book by {day_ref}
        look up {bus_route} bus times {bus_trip} for {name}
        ask the housing officer about {name}'s {appliance} by {day_ref}
        print out the photos from {name}'s {kin}
        find a {group} group {name} could try on {weekday}s
        help {name} fill in {form} before {day_ref}
        remind {name} about {appointment} on {day_ref}
        see whether {name}'s {kin} can help with the shopping
        mention {name}'s {appliance} to the warden on {weekday}
    """),
}

WEATHER: dict[str, tuple[str, ...]] = {
    "winter": lines("""
        bitterly cold with frost on the cars
        grey and drizzly all afternoon
        icy underfoot
        blowing a gale
        snowing lightly
        damp and foggy
        cold but bright
        pouring with rain
    """),
    "spring": lines("""
        sunny but with a cold wind
        showery
        mild and bright
        blustery
        warm enough to sit outside
        overcast and still
        wet after a night of rain
    """),
    "summer": lines("""
        hot and close
        sunny and breezy
        muggy with thunder about
        glorious
        warm but cloudy
        too hot to walk far
        fresh after an overnight shower
    """),
    "autumn": lines("""
        crisp and sunny
        wet and windy
        misty first thing
        mild for the time of year
        drizzly
        cold with leaves everywhere
        stormy
    """),
}

SEEMED: dict[int, tuple[str, ...]] = {
    1: ("very low", "tearful and withdrawn", "flat and not really engaging", "very anxious"),
    2: ("a bit down", "tired and quiet", "worried", "more forgetful than usual", "fed up"),
    3: ("much the same as usual", "okay, if a little tired", "up and down", "settled enough"),
    4: ("cheerful", "chatty and bright", "in good spirits", "relaxed", "quite perky"),
    5: ("really happy", "full of beans", "the best I have seen {obj} in weeks", "buoyant"),
}
SEEMED_REASONS: dict[int, tuple[str, ...]] = {
    1: lines("""
        {who} said the evenings since {month} are the worst, with only {device_show} for company
        {who} has hardly been out since {weekday}
        {who} has been missing {their} {spouse} badly since {month}
        {who} had not eaten much since {weekday}
    """),
    2: lines("""
        {who} had been waiting in for a parcel from {shop} all {weekday}
        the pain in {their} {body_part} kept {obj} awake on {weekday}
        {their} {kin} had cancelled a visit
        {who} has been on {their} own since {weekday}
    """),
    3: lines("""
        {who} had a busy morning with {appointment}
        nothing much has changed since {their} {kin} visited
        {who} was pleased to see me but tired after {appointment}
        {who} said it had been a quiet week apart from {weekday}
    """),
    4: lines("""
        {who} had been out to the lunch club on {weekday}
        {their} {kin} had phoned the night before
        {their} {relative} is coming for {holiday_time}
        {who} was looking forward to {holiday_time}
    """),
    5: lines("""
        {their} {kin} had just visited
        {who} had good news from {clinic} about {their} {body_part}
        {who} won at bingo on {weekday}
        {who} has been getting out much more since {month}
    """),
}

# The long tail: specific things that each turn up in only a handful of notes, as in real ones.
SLOTS["curio"] = tuple(
    w.replace("-", " ")
    for w in words(
        "harmonica barometer teapot thimble medals postcards ration-book gramophone ukulele "
        "binoculars compass locket brooch scrapbook wedding-album hatbox sewing-tin typewriter "
        "cine-camera tankard trophy rosary prayer-mat samovar tapestry quilt accordion clarinet "
        "banjo spinning-top meccano dolls-house train-set stamp-album coin-collection snow-globe "
        "cuckoo-clock carriage-clock paperweight candlesticks figurines horse-brasses toby-jug "
        "cruet-set tea-caddy biscuit-tin button-box knitting-pattern recipe-book autograph-book "
        "telegram passport apprenticeship-papers demob-suit flat-cap bowler-hat fox-fur "
        "christening-gown sari kente-cloth hymn-book prayer-beads"
    )
)
SLOTS["condition"] = words(
    "shingles gout vertigo tinnitus sciatica cellulitis angina psoriasis glaucoma bunions "
    "bronchitis pleurisy anaemia eczema osteoporosis neuropathy cystitis dermatitis "
    "arrhythmia polymyalgia labyrinthitis conjunctivitis"
)
SMALL_EVENTS = lines("""
    {who} showed me {their} {curio} that turned up when {neighbour} helped clear the {room}.
    {who} has been told it is probably {condition}, and has {appointment} on {day_ref} about it.
    The {appliance} broke on {weekday} and {who} is waiting for the landlord to send someone.
    {neighbour} popped in while I was there to drop off {item} for {name}.
    {name}'s cat brought a mouse in on {weekday} morning, which caused some excitement.
    The carers were late again on {weekday}, so {who} did not get breakfast until {clock}.
    There was a letter from the council about {council_topic} that {name} wanted me to read.
    {who} showed me a postcard from {their} {kin}, on holiday in {holiday}.
    The window cleaner came at {clock} and {name} paid him {price} from the tin.
    {who} had a scam phone call on {weekday} from someone pretending to be {relpos_bank}.
    We finally found {name}'s spare glasses down the side of the armchair, next to {item}.
    The lift in {name}'s block was out of order again on {weekday_of}, so we took the stairs.
    {who} had baked {bake} for {their} {relative}'s visit on {weekday} and gave me a slice.
    A parcel arrived with a {gift} from {their} {kin} in {town}.
    The smoke alarm in {name}'s {room} kept chirping all {part_of_day}, so I changed the battery.
    {who} had moved the furniture round with {neighbour}'s help and the lounge looks bigger.
    {name}'s fridge had some out-of-date {food_item}, which we cleared out together.
    {neighbour} has been taking in {name}'s bins since {weekday}, which {subj} appreciates.
    The phone rang twice while I was there; both times it was {their} {kin}.
    {who} had put the {appliance} on and forgotten about it until {clock}.
    {who} was still in {their} dressing gown at {clock}, which is not like {obj}.
""")
SLOTS["venue"] = ("the church hall", "St Anne's", "the day centre", "the community centre")
SLOTS["device_show"] = ("the radio", "the television", "the soaps", "Radio 2", "the quiz shows")
SLOTS["worry"] = (
    "money",
    "the damp",
    "{their} {kin}",
    "{their} {body_part}",
    "the stairs",
    "the hospital letter",
    "the winter",
    "{their} memory",
)
SLOTS["funeral_detail"] = (
    "hymns they chose",
    "flowers from {their} {kin}",
    "wake at the pub",
    "reading {their} {kin} did",
    "rain that day",
    "the eulogy",
)
SLOTS["body_part"] = ("back", "hip", "knee", "shoulder", "feet", "neck")
SLOTS["relpos_bank"] = ("the bank", "the council", "the energy company", "the police", "BT")
SLOTS["food_item"] = ("yoghurt", "ham", "milk", "coleslaw", "cheese", "trifle", "chicken")

ACTIVITY_SENTENCES: dict[str, tuple[str, ...]] = {
    "walk": lines("""
        We walked {route} and stopped for {drink} on the way back.
        {name} managed the walk {route} with {their} stick, resting {rests} times.
        We went for a slow walk {route}; {name} pointed out {sight}.
    """),
    "tea and chat": lines("""
        {name} made {drink} and we had a long chat about {chat}.
        Over {drink} {name} and I talked mostly about {chat}.
    """),
    "shopping": lines("""
        We went to {shop} for {items} and {items}.
        {name} wanted {items}, so we caught the {bus_route} bus to {shop}.
    """),
    "board games": lines("""
        We played {game}; {name} won {wins} games to my {losses}.
        {name} taught me {their} {relative}'s way to play {game}, and won easily.
    """),
    "gardening": lines("""
        In {name}'s garden we {garden_job} and {garden_job}.
        {name} sat on the bench directing while I {garden_job}.
    """),
    "reminiscence": lines("""
        We looked through {name}'s old photos of {memory}.
        {name} told me about {memory}, which I had not heard before.
    """),
    "crafts": lines("""
        {name} and I carried on with {craft}, which should be finished by {day_ref}.
        We started {craft} for {name}'s {kin}.
    """),
    "library visit": lines("""
        At the library {name} chose {books} large-print books, mostly {genre}.
        We returned {name}'s library books and {subj} picked out some {genre} instead.
    """),
    "café trip": lines("""
        We went to {out_place} for {drink} and {name} insisted on paying.
        {name} fancied {drink}, so we tried {out_place} for a change.
    """),
    "cooking": lines("""
        We made {dish} together, using {name}'s {relative}'s recipe.
        {name} showed me how {subj} makes {dish}, the way {their} mother did.
    """),
    "music": lines("""
        We listened to {singer} and {name} sang along to {count} songs.
        I played some {singer} on my phone and {name} remembered every word.
    """),
    "puzzles": lines("""
        {name} and I did {puzzle} and got all but {left} clues.
        We worked on {puzzle} until {clock}; {name} is much quicker than me.
    """),
    "phone help": lines("""
        I helped {name} with {their} {device} to {device_task}.
        We spent a while on {name}'s {device}, trying to {device_task}.
    """),
    "form filling": lines("""
        {name} and I went through {form} together, page by page.
        I helped {name} make a start on {form}; it is due by {day_ref}.
    """),
    "bus trip": lines("""
        We took the {bus_route} bus {bus_trip}; {name} used {their} bus pass for once.
        The bus {bus_trip} took {bus_minutes} minutes and {name} enjoyed the view.
    """),
}
TOPIC_SENTENCES: dict[str, tuple[str, ...]] = {
    "family": lines("""
        {name}'s {kin} {family_news}.
        {who} told me {their} {relative} {family_news}.
    """),
    "health": lines("""
        {who} has {appointment} at {clinic} on {day_ref}.
        {who} mentioned that {health_news}.
        According to {name}, {health_news}.
    """),
    "loneliness": lines("""
        {who} said {subj} can go {days} days without speaking to anyone, except {neighbour}.
        {who} admitted the weekends feel long since {their} {relative} moved to {town}.
    """),
    "housing": lines("""
        {who} is still waiting for the council to see to the damp in the {room}, since {month}.
        {name} wondered whether to move nearer to {their} {kin} in {town}.
    """),
    "money worries": lines("""
        {who} is worried about the {bill} bill, which went up again in {month}.
        {name} and I talked about the {bill} bill; I suggested ringing Citizens Advice.
    """),
    "bereavement": lines("""
        It is {years} years since {name}'s {spouse} died and {subj} still finds {month} hard.
        {who} talked about {their} {spouse}'s funeral at {worship_place} and the {funeral_detail}.
    """),
    "hobbies": lines("""
        {who} has taken up {hobby} again since {month} and showed me {hobby_result}.
        {name} and I talked about {hobby}, which {subj} used to do every {weekday}.
    """),
    "memories": lines("""
        {who} remembered {memory}.
        {name} talked about {memory}, and about {their} {relative} back then.
    """),
    "pets": lines("""
        {pet_name}, {name}'s {pet}, had been to the vet on {weekday} for {pet_issue}.
        {who} would love a {pet} again, like {pet_name}, but worries about {their} {body_part}.
    """),
    "news": lines("""
        {name} and I chatted about {news_story} and {news_story}.
        {who} had strong views about {news_story}, as did {their} {relative}.
    """),
    "technology": lines("""
        {who} wants to learn to use {their} {device} to {device_task}.
        {name}'s {relative} bought {obj} a {device} but nobody has shown {obj} how to {device_task}.
    """),
    "transport": lines("""
        The {bus_route} bus now runs {freq}, which makes getting to {clinic} hard for {name}.
        {who} asked about community transport to get to {clinic} on {day_ref}.
    """),
    "food": lines("""
        {who} has been living on {food_rut} since {weekday} and cannot be bothered to cook.
        We talked about meals on wheels; {name} is not keen but the {food_rut} cannot go on.
    """),
    "sleep": lines("""
        {who} is waking at {small_hour} most nights and cannot get back off until {clock}.
        {who} said {subj} naps in the chair after {meal}, then lies awake worrying about {worry}.
    """),
    "faith": lines("""
        {who} missed {worship} on {weekday} and would like a lift on {day_ref}.
        {who} told me how much {worship} means to {obj}, especially since {month}.
    """),
}
SLOTS["worship_place"] = ("St Mary's", "the chapel", "the crematorium", "the mosque", "the temple")
OPENINGS: dict[str, tuple[str, ...]] = {
    "in_person": lines("""
        Visited {name} at {place} on {weekday_of} {part_of_day}.
        Went to see {name} at {place} on {weekday_of}, straight after {my_errand}.
        Met {name} at {place} as arranged; I got there at {clock}.
        {weekday_of} visit to {name} at {place}, about {minutes} minutes in all.
    """),
    "phone": lines("""
        Phoned {name} at {clock} as agreed; we talked for about {minutes} minutes.
        {name} rang me back on {weekday_of} {part_of_day} and we chatted for {minutes} minutes.
        Weekly {weekday_of} call with {name}; {subj} answered on the {rings} ring at {clock}.
    """),
    "video": lines("""
        Video call with {name}; {their} {relative} had set up the tablet beforehand.
        Tried a video call with {name} at {clock}; the picture froze a few times.
    """),
    "message": lines("""
        Exchanged a few messages with {name} on {weekday_of} {part_of_day}.
        {name} sent me a text at {clock} and we messaged back and forth for a while.
    """),
    "group": lines("""
        Went with {name} to the {group} group at {out_place} on {weekday_of}.
        {name} came along to the {group} session at {out_place}; {group_size} people there.
    """),
}
WEATHER_SENTENCES = lines("""
    It was {weather} when I got to {name}'s, so {weather_result}.
    The weather on {weekday_of} was {weather} and {weather_result}.
    {weekday_of} turned out {weather}; {weather_result}.
    It was {weather} again, so {weather_result} until about {clock}.
""")
# Weather on a call: heard about, not shared.
WEATHER_HEARD = lines("""
    {name} said it had been {weather} all {part_of_day} where {subj} is.
    It was {weather} here and {name} said it was the same on {their} side of town.
    {who} had not been out since {weekday} because it had been {weather}.
""")
SEEMED_SENTENCES = lines("""
    {name} seemed {mood}; {reason}.
    {who} came across as {mood} today, and {reason}.
    Overall {name} seemed {mood}. I think {reason}.
""")
CLOSINGS = lines("""
    Left at {clock}; next visit planned for {day_ref}.
    {name} and I agreed I would come again on {day_ref}, {part_of_day} this time.
    Next call booked for {day_ref} at {clock}.
    {who} walked me to the door at {clock} and asked me to say hello to {coordinator}.
    I said goodbye at {clock}; {name} was already looking forward to {day_ref}.
    We wrote the next date, {day_ref}, on {name}'s calendar in the kitchen.
""")
REFLECTION_OPENINGS = lines("""
    Feeling {feeling} {cause}, on {weekday_of}.
    I felt {feeling} {cause}.
    Honestly, {feeling} {cause}.
    {weekday_of} evening, {feeling} {cause}.
""")
MATCH_CAUSES = lines("""
    after the visit to {name}
    after a long call with {name}
    about how quiet {name} has been since {weekday}
    after hearing about {name}'s fall
    after {name} talked about {their} {spouse}
    after {name} asked whether I would keep coming after {month}
""")
GENERAL_CAUSES = lines("""
    this week, with {two_names} both unwell
    after the volunteers' get-together at {out_place}
    about balancing visits with work and {my_errand}
    after supervision with {coordinator} on {weekday}
    after the refresher training in {month}
    about the waiting list {coordinator} mentioned on {weekday}
    after a hard week at home with my {relative}
""")
GENERAL_THOUGHTS = lines("""
    I need to remember that I cannot fix {any_name}'s {worry}, only be there.
    It helps to write things down after seeing {any_name}, like {coordinator} suggested in {month}.
    I should raise the boundaries question about {any_name} with {coordinator} at supervision.
    The training on {training} from {month} kept coming back to me on {weekday}.
    Good to hear from {volunteer} on {weekday}, who went through the same with a match in {town}.
    Taking a walk {route} after seeing {any_name} really helped me switch off.
    I would like to go on the {group} taster session at {venue} that {coordinator} suggested.
    {two_names} both have birthdays in {month}, so I need to plan cards early.
    It surprises me how much I get back from seeing {any_name}, even on a grey {weekday} in {month}.
    I spent {minutes} minutes on the phone to {coordinator} about {any_name}, which helped.
    I must not let the visits to {any_name} slip again, whatever happens at work in {month}.
    {volunteer} and I are thinking of starting a {group} group at {out_place}.
""")
SLOTS["training"] = (
    "loss and grief",
    "safeguarding",
    "dementia awareness",
    "listening skills",
    "boundaries",
    "mental health first aid",
    "hoarding",
)
GENERAL_THOUGHTS += lines("""
    I was late to {any_name}'s on {weekday} because of {my_errand} and felt bad about it.
    My own {relative} asked me on {weekday} why I do this; I said because of people like {any_name}.
    Three visits this week, to {two_names} and one more, is too many alongside {my_errand}.
    {coordinator} reminded us on {weekday} to log concerns the same day, not at the weekend.
""")
SLOTS["any_name"] = tuple(first for first, _ in PEOPLE)
SLOTS["volunteer"] = ("Anita", "Chris", "Ben", "Marie", "Gill", "Kofi", "Lucy", "Imran", "Ros")
MATCH_THOUGHTS = lines("""
    Next time I will leave more silence and let {name} lead the conversation about {chat}.
    I want to try shorter but more regular calls with {name}, maybe every {weekday} at {clock}.
    I rushed on {weekday} because of the parking at {place_short}, which was not fair on {name}.
    I keep thinking of {name} saying {subj} was fine on {weekday}, with {their} {body_part} so bad.
    {name} brightened up when we talked about {memory}, and so did I.
    {name} apologised for keeping me until {clock}, as if {subj} were a nuisance.
    {name} has had {appointment} on {their} mind for weeks and I could not reassure {obj}.
""")
SLOTS["place_short"] = ("the flats", "the hospital", "the day centre", "the shops", "the church")

# Openers for body sentences, so the same fact reads differently from note to note.
LEADS = lines("""
    Later on,
    Before I left at {clock},
    Towards the end,
    Over {drink},
    At one point,
    While the kettle boiled,
    Almost as soon as I arrived,
    Out of the blue,
    As usual,
    Just before {clock},
    After a while,
    Again this week,
    For the first time in a while,
    Later that {part_of_day},
    Around {clock},
    Just after we sat down,
    Once {subj} had settled,
    Halfway through,
    Before we said goodbye,
""")
REFLECTION_LEADS = lines("""
    Looking back,
    On reflection,
    Driving home,
    Since {weekday},
    Writing this at {clock},
    If I am honest,
    Thinking about {month},
""")

_PRONOUNS = {
    "she": {"subj": "she", "obj": "her", "their": "her", "spouse": "husband"},
    "he": {"subj": "he", "obj": "him", "their": "his", "spouse": "wife"},
}
_SLOT = re.compile(r"\{(\w+)\}")
# Words that mark a sentence as a state rather than an event: no lead phrase before those.
_STATE_WORDS = {"is", "has", "are", "would", "wants", "still", "now", "It"}
# Sentence openings that take a small letter when a lead phrase goes before them.
_LOWER_AFTER_LEAD = {
    "We",
    "The",
    "A",
    "It",
    "There",
    "In",
    "At",
    "Over",
    "According",
    "My",
    "Three",
    "Good",
}


def season_of(day: date) -> str:
    return SEASONS[((day.month - 3) % 12) // 3]


@dataclass(frozen=True)
class NoteContext:
    """What a note must agree with: the structured fields of its entry."""

    kind: str  # visit, conversation or reflection
    occurred_on: date
    name: str = ""  # first name of the match; empty for a reflection about no one
    pronoun: str = "she"
    mode: str | None = None  # in_person, phone, video, message, group
    place: str | None = None
    minutes: int | None = None
    seemed: int | None = None
    activities: Sequence[str] = ()
    topics: Sequence[str] = ()
    follow_up: bool = False
    target_words: int = 150


class _Filler:
    """Fills `{slot}`s for one note: fixed values from its context, draws from the seeded rng."""

    def __init__(self, rng: random.Random, ctx: NoteContext) -> None:
        self.rng = rng
        self.ctx = ctx
        p = _PRONOUNS[ctx.pronoun]
        self.fixed = {
            **p,
            # "his/her" when it is the relative's own, e.g. "lost her job": keep it neutral.
            "relpos": "their",
            "name": ctx.name or "them",
            # "Margaret's flat" is how the place field reads; a note says "her flat".
            "place": (ctx.place or "home").replace(f"{ctx.name}'s", p["their"]),
            "minutes": str(ctx.minutes or rng.randint(20, 90)),
            "weekday_of": WEEKDAYS[ctx.occurred_on.weekday()],
            "spouse": rng.choice((p["spouse"], p["spouse"], "partner")),
            "weather": rng.choice(WEATHER[season_of(ctx.occurred_on)]),
        }
        self.computed: dict[str, Callable[[], str]] = {
            "weekday": lambda: rng.choice(WEEKDAYS),
            "year": lambda: str(rng.randint(1952, 1979)),
            "clock": self._clock,
            "day_ref": self._day_ref,
            # The person by name or by pronoun, as people write.
            "who": lambda: self.fixed["name"] if rng.random() < 0.5 else self.fixed["subj"],
            "two_names": lambda: " and ".join(rng.sample(SLOTS["any_name"], 2)),
        }

    def _clock(self) -> str:
        hour = self.rng.randint(9, 18)
        minute = self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        return f"{hour if hour <= 12 else hour - 12}.{minute:02d}{'am' if hour < 12 else 'pm'}"

    def _day_ref(self) -> str:
        """A real date a few days ahead, written the way people do: 'Tuesday the 14th'."""
        day = self.ctx.occurred_on + timedelta(days=self.rng.randint(2, 24))
        n = day.day
        suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{WEEKDAYS[day.weekday()]} the {n}{suffix}"

    def value(self, key: str) -> str:
        if key in self.fixed:
            return self.fixed[key]
        if key in self.computed:
            return self.computed[key]()
        return self.fill(self.rng.choice(SLOTS[key]))

    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda m: self.value(m.group(1)), template)

    def sentence(self, template: str, lead: str | None = None, filled: str | None = None) -> str:
        """A filled sentence, capitalised; `lead` is an opening phrase such as "Later on,"."""
        text = filled if filled is not None else self.fill(template)
        if lead:
            first = text.split(" ", 1)[0]
            if first in _LOWER_AFTER_LEAD:
                text = text[0].lower() + text[1:]
            text = f"{self.fill(lead)} {text}"
        return text[0].upper() + text[1:]


class NoteWriter:
    """Composes notes. One writer per data set, seeded, so the text is reproducible."""

    def __init__(self, seed: int = 2024) -> None:
        self.rng = random.Random(seed)

    def _pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(options)

    def _body(self, f: _Filler, template: str, leads: Sequence[str] = LEADS) -> str:
        """A sentence in the body of a note, now and then opened by a lead phrase."""
        text = f.fill(template)
        opening = text.split()[:4]
        # Leads suit things that happened, not states: skip "It is ...", "She is ...".
        if self.rng.random() < 0.5 and not _STATE_WORDS.intersection(opening):
            return f.sentence(template, self._pick(leads), filled=text)
        return f.sentence(template, filled=text)

    def _contact(self, f: _Filler, ctx: NoteContext) -> tuple[list[str], list[str]]:
        """The sentences every such note has, then a pool of optional ones to reach the length."""
        core = [f.sentence(self._pick(OPENINGS[ctx.mode or "in_person"]))]
        if self.rng.random() < 0.6:
            shared = ctx.mode in (None, "in_person", "group")
            core.append(f.sentence(self._pick(WEATHER_SENTENCES if shared else WEATHER_HEARD)))
        for tag in ctx.activities:
            options = ACTIVITY_SENTENCES.get(tag, (f"We spent some time on {tag} together.",))
            core.append(self._body(f, self._pick(options)))
        for tag in ctx.topics:
            options = TOPIC_SENTENCES.get(tag, (f"We talked about {tag}, which {{subj}} enjoys.",))
            core.append(self._body(f, self._pick(options)))
        if ctx.seemed is not None:
            template = self._pick(SEEMED_SENTENCES)
            template = template.replace("{mood}", self._pick(SEEMED[ctx.seemed]))
            core.append(
                f.sentence(template.replace("{reason}", self._pick(SEEMED_REASONS[ctx.seemed])))
            )
        optional = [self._body(f, t) for t in self.rng.sample(SMALL_EVENTS, 3)]
        others = [t for t in TOPICS if t not in ctx.topics]
        for tag in self.rng.sample(others, 4):
            optional.append(self._body(f, self._pick(TOPIC_SENTENCES[tag])))
        return core, optional

    def _reflection(self, f: _Filler, ctx: NoteContext) -> tuple[list[str], list[str]]:
        causes = MATCH_CAUSES + GENERAL_CAUSES if ctx.name else GENERAL_CAUSES
        opening = self._pick(REFLECTION_OPENINGS).replace("{cause}", self._pick(causes))
        core = [f.sentence(opening)]
        thoughts = list(self.rng.sample(GENERAL_THOUGHTS, 4))
        if ctx.name:
            thoughts += self.rng.sample(MATCH_THOUGHTS, 3)
        optional = [self._body(f, t, REFLECTION_LEADS) for t in thoughts]
        optional.append(f.sentence("Made a note to ask {coordinator} how best to {follow}."))
        return core, optional

    def write(self, ctx: NoteContext) -> str:
        """One note of about `ctx.target_words` words that agrees with `ctx`, as Markdown."""
        f = _Filler(self.rng, ctx)
        if ctx.kind == "reflection":
            sentences, optional = self._reflection(f, ctx)
            closing = ""
        else:
            sentences, optional = self._contact(f, ctx)
            closing = f.sentence(self._pick(CLOSINGS))
        self.rng.shuffle(optional)
        count = sum(len(s.split()) for s in sentences)
        budget = ctx.target_words - len(closing.split())
        while optional and count < budget - 6:
            extra = optional.pop()
            sentences.insert(self.rng.randint(1, len(sentences)), extra)
            count += len(extra.split())
        paragraphs = self._paragraphs(sentences)
        if closing:
            paragraphs.append(closing)
        text = "\n\n".join(paragraphs)
        if ctx.follow_up:
            actions = sorted({f.fill(self._pick(SLOTS["follow"])) for _ in range(3)})
            text += "\n\n**Follow up:**\n" + "\n".join(f"- {a}" for a in actions)
        return text

    def _paragraphs(self, sentences: list[str]) -> list[str]:
        paragraphs: list[str] = []
        current: list[str] = []
        for sentence in sentences:
            current.append(sentence)
            if len(current) >= 2 and self.rng.random() < 0.35:
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        return paragraphs


def display_names(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """`count` distinct (display name, pronoun) pairs, e.g. ("Margaret H.", "she")."""
    rng = random.Random(seed)
    people = list(PEOPLE)
    rng.shuffle(people)
    names = []
    for i in range(count):
        first, pronoun = people[i % len(people)]
        names.append((f"{first} {rng.choice(SURNAME_INITIALS)}.", pronoun))
    return names


def home_place(first_name: str, rng: random.Random) -> str:
    return rng.choice(HOME_PLACES).format(name=first_name)


def sentences_of(note: str) -> list[str]:
    """A note's sentences and follow-up bullets, for the variety check."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", note)
    return [p.strip() for p in parts if p.strip() and not p.startswith("**")]


def variety(notes: Sequence[str]) -> dict[str, float]:
    """Figures that show the text is not repeated filler."""
    sentences = [s for n in notes for s in sentences_of(n)]
    lengths = sorted(len(n.split()) for n in notes)
    return {
        "notes": len(notes),
        "distinct_notes": len(set(notes)),
        "sentences": len(sentences),
        "distinct_sentences": len(set(sentences)),
        "distinct_sentence_share": len(set(sentences)) / len(sentences),
        "words_min": lengths[0],
        "words_median": lengths[len(lengths) // 2],
        "words_max": lengths[-1],
    }


def _sample_contexts(count: int, seed: int) -> list[NoteContext]:
    rng = random.Random(seed)
    contexts = []
    for i in range(count):
        first, pronoun = PEOPLE[i % len(PEOPLE)]
        kind = rng.choice(("visit", "visit", "conversation", "reflection"))
        contact = kind != "reflection"
        contexts.append(
            NoteContext(
                kind=kind,
                occurred_on=date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000)),
                name=first,
                pronoun=pronoun,
                mode=("in_person" if kind == "visit" else "phone") if contact else None,
                place=home_place(first, rng) if kind == "visit" else None,
                minutes=rng.randint(20, 120) if contact else None,
                seemed=rng.randint(1, 5) if contact else None,
                activities=rng.sample(ACTIVITIES, rng.randint(0, 2)) if contact else (),
                topics=rng.sample(TOPICS, rng.randint(1, 3)) if contact else (),
                follow_up=rng.random() < 0.2,
                target_words=max(90, int(rng.gauss(150, 20))),
            )
        )
    return contexts


def main() -> None:
    writer = NoteWriter(seed=1)
    notes = [writer.write(ctx) for ctx in _sample_contexts(10_000, seed=2)]
    for key, val in variety(notes).items():
        print(f"{key}: {val:.3f}" if isinstance(val, float) else f"{key}: {val}")
    print("\n--- sample ---\n" + notes[0] + "\n\n--- sample ---\n" + notes[3])


if __name__ == "__main__":
    main()
