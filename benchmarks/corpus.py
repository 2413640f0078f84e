"""A varied, reproducible set of news-like articles for benchmarks (no network, no data files).

Each article is stitched from sentence patterns of the kinds quizgen cares about (counts, dates,
people with roles, organisations, places, equipment, definitions, quotes), filled from small
vocabularies with a seeded random generator, so the same N always gives the same texts.
"""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Maria", "Carlos", "Aiko", "Thomas", "Fatima", "Ivan", "Grace", "Omar", "Lena", "Rahul", "Sofia", "Daniel",
         "Amara", "Jonas", "Mei", "Pedro", "Hannah", "Yusuf", "Clara", "Kwame"]
LAST = ["Lopez", "Mendes", "Tanaka", "Berg", "Haddad", "Petrov", "Okafor", "Nakamura", "Schmidt", "Sharma", "Rossi",
        "Novak", "Kowalski", "Silva", "Larsen", "Ahmed", "Moreau", "Jensen", "Costa", "Mensah"]
ROLES = ["spokesperson for the Ministry of Defence", "senior analyst at the Institute for Security Studies",
         "director of the National Weather Service", "chief executive of Northwind Energy",
         "professor of economics at the University of Leeds", "mayor of Rotterdam",
         "head of the Port Authority", "researcher at the Centre for Climate Policy"]
ORGS = ["the World Health Organization", "the European Commission", "the Port Authority", "Northwind Energy",
        "the National Weather Service", "the Ministry of Transport", "Amnesty International", "the Red Cross",
        "the Central Bank", "the Institute for Security Studies"]
PLACES = ["Lisbon", "Nairobi", "Osaka", "Hamburg", "Toronto", "Lima", "Krakow", "Manila", "Cairo", "Oslo",
          "Valencia", "Accra", "Busan", "Perth", "Porto"]
COUNTRIES = ["Portugal", "Kenya", "Japan", "Germany", "Canada", "Peru", "Poland", "the Philippines", "Egypt",
             "Norway", "Spain", "Ghana", "South Korea", "Australia", "Brazil"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EQUIPMENT = [("F-35A", "fighter jet"), ("A320neo", "airliner"), ("T-90M", "tank"), ("S-400", "air defence system"),
             ("Falcon 9", "rocket"), ("KN-23", "missile"), ("Boeing 737 MAX 9", "airliner"), ("PAC-3", "interceptor")]
THINGS = [("electric buses", "city"), ("wind turbines", "company"), ("new schools", "council"),
          ("hospital beds", "ministry"), ("research grants", "university"), ("patrol boats", "navy"),
          ("housing units", "government"), ("charging stations", "operator")]
QUOTES = ["We expect the work to be finished before the winter", "This is the largest investment in a generation",
          "The numbers speak for themselves and the trend is clear", "Nobody should be surprised by this decision",
          "We will keep working with our partners until the job is done", "The risks have been understated for years"]

PATTERNS = [
    "The {org2} said on {day} that {n} {thing} would be delivered to {place} by {month} {year}.",
    "{name}, {role}, said the plan had been approved in {month} {year}.",
    "“{quote},” {name} told reporters in {place}.",
    "The {equip}, a {eclass} built for long missions, was shown to visitors at an exhibition in {place}.",
    "Officials in {country} confirmed that at least {small} {thing} had been damaged during the storm.",
    "{Org} has spent ${money} million on the programme since {year}, according to a report published on {day}.",
    "In {month}, the {org2} announced a partnership with {org3} to expand services across {country}.",
    "Dozens of volunteers gathered in {place} on {day} night to protest against the closure of {n} {thing}.",
    "Unemployment in {country} fell to {pct} percent in {month}, the lowest level for over a decade.",
    "{Name} said: “{quote}.”",
    "According to {org}, the {equip} will enter service in {country} in late {year}.",
    "The {thing} were ordered after {country} signed a {year} agreement with {country2}.",
    "{name} noted that the {n} {thing} would cost about ${money} million in total.",
    "Since {month}, {country} has recorded {n} cases on at least {small} occasions.",
]


def _fill(pattern: str, rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    org = rng.choice(ORGS)
    thing, _ = rng.choice(THINGS)
    equip, eclass = rng.choice(EQUIPMENT)
    country, country2 = rng.sample(COUNTRIES, 2)
    values = dict(
        name=name, Name=name, role=rng.choice(ROLES), org=org, Org=org[:1].upper() + org[1:],
        org2=rng.choice(ORGS).removeprefix("the "), org3=rng.choice(ORGS), place=rng.choice(PLACES),
        country=country, country2=country2, month=rng.choice(MONTHS), day=rng.choice(DAYS),
        year=rng.randint(2005, 2025), n=rng.choice([12, 40, 75, 120, 250, 300, 1200, 4500]),
        small=rng.choice(["two", "three", "four", "five"]), thing=thing, equip=equip, eclass=eclass,
        quote=rng.choice(QUOTES), money=rng.choice([4, 12, 35, 80, 150, 900]), pct=rng.choice([3.1, 4.5, 5.2, 6.8, 7.4]),
    )
    return pattern.format(**values)


def article(index: int, sentences: int = 18) -> str:
    """Article number ``index``: a headline and ``sentences`` sentences, always the same text."""
    rng = random.Random(index)
    place = rng.choice(PLACES)
    body = [_fill(rng.choice(PATTERNS), rng) for _ in range(sentences)]
    return f"{rng.choice(['New', 'Major', 'Delayed', 'Record'])} Plans Unveiled in {place}\n" + "\n".join(body) + "\n"


def corpus(count: int, seed_text: str | None = None) -> list[str]:
    """``count`` articles; the seed article first when given."""
    texts = [seed_text] if seed_text else []
    texts += [article(i) for i in range(count - len(texts))]
    return texts


def write_corpus(folder: Path, count: int, seed_text: str | None = None) -> list[Path]:
    """Write ``count`` articles as .txt files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(corpus(count, seed_text)):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
