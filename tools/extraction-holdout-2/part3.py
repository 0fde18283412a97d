"""Hold-out-2 reports published August to November 2026 (fictional incidents, real districts)."""
from labels import I, R, KARACHI_ALL

REPORTS = [

R("none", "Bannu Times", "2026-08-01T09:30:00+05:00",
  "Thousands join peace march in Bannu",
  """
BANNU: Thousands of people from across the Bannu division took part in a peace march on Friday
to demand the restoration of peace in the southern districts of Khyber Pakhtunkhwa.

The march, organised by a grand jirga of tribes from Bannu, Lakki Marwat and North Waziristan,
started from the Township Chowk after the Friday prayers and culminated at the Bannu sports
complex, where elders, traders, lawyers and representatives of political parties addressed
the participants.

The speakers demanded an end to what they called the unending wave of targeted killings,
kidnappings for ransom and drone attacks in the region, the handing over of security in the
cities to the police, and compensation for traders whose businesses had suffered because of
curfews. They also demanded that the Ghulam Khan border crossing be kept open for trade.

The participants dispersed peacefully after the deputy commissioner assured the jirga that its
demands would be forwarded to the provincial and federal governments. No untoward incident was
reported.
""",
  []),

R("followup", "Karachi Chronicle", "2026-08-06T10:15:00+05:00",
  "Port Qasim attack: wounded guard dies, toll rises to two",
  """
KARACHI: A private security guard wounded in Monday's gun attack on a vehicle carrying two
Chinese engineers near Port Qasim succumbed to his injuries at the Jinnah Postgraduate Medical
Centre late on Wednesday, raising the death toll to two, police said.

A police constable escorting the vehicle was killed on the spot when two gunmen on a
motorcycle opened fire at a traffic signal on the road leading to the port, in the city's Malir
district. Besides the two dead, three people - the two engineers and their driver - were hurt.
The engineers, who work at a power plant in the area, were discharged on Tuesday.

One of the attackers was shot dead by the escort in retaliatory fire; the second was
overpowered by passers-by and handed over to the police. Investigators said he was a resident
of Nawabshah and had been in the city for less than a month.

The Sindhudesh Revolutionary Army, a small separatist group, claimed responsibility in a post
on social media. The Sindh home minister said security arrangements for foreign nationals had
been reviewed and that they would not be allowed to move around the province without a police
escort.
""",
  [I("ARMED_ASSAULT", "Mon", "PK714", "Port Qasim", killed=2, injured=3, mk=1,
     targets=["FOREIGN_NATIONALS", "SECURITY_FORCES"], perp="SRA", status="CLAIMED")]),

R("feature", "Frontier Weekly Review", "2026-09-03T09:00:00+05:00",
  "Under the whirr: how quadcopters changed the war around Bannu",
  """
BANNU - The sound comes first: a thin, insect whine somewhere above the sugarcane, rising and
falling with the wind. Then the constables at the Miryan police post know they have perhaps
twenty seconds to get under the concrete.

On Sunday they did not have twenty seconds. A quadcopter, flying low from the direction of the
Kurram river, released a mortar round over the courtyard of the post shortly after the
afternoon prayer. One constable was killed and two were wounded. The police blamed the Hafiz
Gul Bahadur group, a militant faction whose fighters move between the villages of Bannu and
the mountains of North Waziristan. The group has not commented.

Small drones have become the signature weapon of the war in the southern districts of Khyber
Pakhtunkhwa. Two years ago, police in Bannu recorded a handful of quadcopter attacks in a
month. Now, officials say, there are several a week across Bannu, Lakki Marwat and North
Waziristan. The machines are cheap commercial models, bought in the markets of Peshawar or
smuggled in through the Ghulam Khan crossing from Khost in Afghanistan, and modified to carry a
grenade or a small mortar shell. They are hard to see at dusk and almost impossible to shoot
down with a rifle.

The technology cuts both ways, and so does the fear. On Tuesday night, residents of Hurmaz, a
village a few kilometres from Mir Ali, say a drone struck a house in which a family was asleep,
killing four people, two of them children. Who flew that drone is disputed. Residents and a
local member of the provincial assembly blamed the security forces; the military said in a
brief statement that it had carried out no strike in the area and that militants were
responsible. On Wednesday, hundreds of people staged a sit-in with the bodies on the
Bannu-Miran Shah road until the district administration promised an inquiry.

Last week, the army said it had killed six militants belonging to Fitna al-Khawarij in an
operation in the Spinwam area, north of Mir Ali, after a curfew was imposed on a cluster of
villages. Residents said they had been confined to their homes for four days and that a
number of houses were damaged. The military said the operation had been "intelligence-based
and precise".

Elsewhere in North Waziristan, Miran Shah and Razmak are relatively calm, and the markets in
Datta Khel reopened last month after a long closure. But the roads between them are a
different matter, and few people travel after dark.

In Bannu city, the cantonment is ringed by new watchtowers, and shopkeepers in the Chowk Bazaar
have learned to look up. Police stations in Domel, Baka Khel and Kakki have been fitted with
steel-mesh roofs over their courtyards, an improvisation that one officer compared to "a
chicken coop that keeps out the hawk". The provincial government has bought a first batch of
electronic jammers, but there are not yet enough to cover even the main stations.

The police themselves are learning to use the same machines. A small surveillance unit at the
district headquarters now flies its own drones over the sugarcane fields before patrols move
out, looking for ambush positions. "It has saved lives," a deputy superintendent said. "But
they learn as fast as we do."

At the Miryan post, the survivors of Sunday's attack were back on duty by Tuesday. The
courtyard where their colleague fell has been covered with a tarpaulin stretched between the
walls, which will not stop a mortar round but does stop the men from being seen. The station's
head constable, a man in his fifties who joined the force when the threat came from the road,
not the sky, says he now sleeps with one ear open for the whine. "When you hear it," he said,
"you pray, and you run. In that order, or the other way round, depending on how close it is."
""",
  [I("AIR_STRIKE", "Sun", "PK503", "Miryan", killed=1, injured=2, targets=["SECURITY_FORCES"],
     perp="HGB", status="ATTRIBUTED", alt=["BOMBING"]),
   I("AIR_STRIKE", "Tue", "PK525", "Hurmaz", killed=4, targets=["CIVILIANS"],
     alt=["BOMBING"]),
   I("SECURITY_OPERATION", "lastweek", "PK525", "Spinwam", mk=6, targets=["MILITANTS"],
     perp="TTP", status="ATTRIBUTED")]),

R("brief", "Mehran Times", "2026-09-15T09:40:00+05:00",
  "Low-intensity blast outside bank in Latifabad",
  """
A low-intensity explosive device went off outside a private bank branch in Latifabad, Hyderabad,
on Monday night, police said. There were no casualties, but the blast shattered the glass front
of the branch and damaged two parked motorcycles. The Sindhudesh Revolutionary Army claimed the
blast in a social media post.
""",
  [I("BOMBING", "Mon", "PK706", "Latifabad", killed=0, injured=0, targets=["CIVILIANS"],
     perp="SRA", status="CLAIMED")]),

R("statement", "Government of Gilgit-Baltistan (Home Department)", "2026-09-28T16:00:00+05:00",
  "GB government says miscreants attacked Tangir checkpost",
  """
GILGIT, September 28: The spokesperson of the Gilgit-Baltistan government has said that
unidentified armed miscreants attacked a police checkpost in Tangir in the early hours of
Sunday, injuring two police constables. A passerby was also hit by a stray bullet.

The injured have been shifted to the District Headquarters Hospital Chilas, where their
condition is stated to be stable. The attackers fled into the forest when reinforcements
reached the checkpost.

On the directions of the Chief Minister, additional contingents of the GB Scouts and the police
have been dispatched to Tangir and Darel, and a search operation is under way in the area. The
spokesperson said that the government would not allow anyone to disturb the peace of the
region, and that tourist activity in Hunza, Skardu and Ghizer remained normal.
""",
  [I("ARMED_ASSAULT", "Sun", "PK312", "Tangir", injured=3, targets=["SECURITY_FORCES"],
     any=["PK302"])]),

R("roundup", "Centre for Conflict Studies", "2026-10-02T12:00:00+05:00",
  "September security review: violence concentrated in KP and Balochistan",
  """
ISLAMABAD: Militant violence in September remained concentrated in Khyber Pakhtunkhwa and
Balochistan, according to the monthly security review released by an Islamabad-based think
tank on Friday. The review counted 61 militant attacks across the country last month, compared
with 74 in August, in which 87 people lost their lives, including 41 security personnel.
Security forces killed 112 suspected militants in operations, the bulk of them in North
Waziristan, Bajaur and Khyber.

Three incidents stood out.

On September 9, a suicide bomber drove a pickup into the perimeter wall of a Frontier Corps
camp in Nushki, after which two gunmen tried to storm the compound. Three soldiers were killed.
All three attackers died, the bomber in the blast and his accomplices in the firefight that
followed. The Majeed Brigade of the BLA claimed the assault.

On September 17, a bomb hidden in a vegetable cart exploded at the weekly cattle market in Wana,
the headquarters of Lower South Waziristan, killing five people and injuring scores. No group
claimed it.

On the night of September 26, militants attacked the police station in Isakhel, in Punjab's
Mianwali district, with rockets and grenades but were beaten back without any casualties;
police said two attackers were killed. It was the first attack on a police station in
Mianwali this year, and the review sees in it evidence of spillover from the neighbouring
Lakki Marwat and Karak districts.

The review also noted a rise in kidnappings for ransom in the riverine Katcha area along the
Sindh-Punjab border, though it said most were the work of criminal gangs rather than militants.
Gilgit-Baltistan, Azad Kashmir and Islamabad recorded no militant attacks during the month.
""",
  [I("SUICIDE_ATTACK", "2026-09-09", "PK223", "Nushki", killed=3, mk=3,
     targets=["SECURITY_FORCES"], perp="BLA_MAJEED", status="CLAIMED"),
   I("BOMBING", "2026-09-17", "PK592", "Wana", killed=5, injured=(20, "AT_LEAST"),
     targets=["CIVILIANS"], any=["PK530"]),
   I("ARMED_ASSAULT", "2026-09-26", "PK621", "Isakhel", killed=0, injured=0, mk=2,
     targets=["SECURITY_FORCES"])]),

R("landmark", "Karachi Chronicle", "2026-10-20T14:30:00+05:00",
  "Roadside bomb hits workers' bus on Northern Bypass",
  """
KARACHI: The driver of a bus carrying factory workers was killed and about a dozen passengers
were injured when a bomb planted by the roadside went off on the Northern Bypass early on
Tuesday, police said.

The bus was taking workers to a textile mill when the device, hidden in a culvert, exploded as
it passed, a bomb disposal squad official said. The injured were taken to the Civil Hospital
and the Abbasi Shaheed Hospital, where three of them were said to be in serious condition.

No group claimed responsibility. Police said they were examining whether the bus had been the
intended target or whether the bomb had been meant for a security forces vehicle that uses the
route every morning. The Northern Bypass, which links the port with the Super Highway, carries
thousands of heavy vehicles every day.
""",
  [I("BOMBING", "today", None, "Northern Bypass", killed=1, injured=(12, "APPROX"),
     targets=["CIVILIANS"], any=KARACHI_ALL)]),

R("none", "Pindi Post", "2026-10-27T19:20:00+05:00",
  "Three killed as gas cylinder explodes in Raja Bazaar eatery",
  """
RAWALPINDI: Three people were killed and nine injured when a gas cylinder exploded in a
crowded restaurant in Raja Bazaar on Tuesday afternoon, rescue officials said.

The blast brought down part of the restaurant's roof and damaged two adjoining shops. Rescue
1122 teams pulled the injured from the debris and shifted them to the Benazir Bhutto Hospital
and the District Headquarters Hospital.

A Bomb Disposal Squad team that examined the site confirmed that the explosion was caused by a
leaking cylinder and ruled out sabotage. The city police officer said the restaurant owner had
been taken into custody, and the district administration announced a crackdown on illegal
cylinder refilling shops in the old city.
""",
  []),

R("brief", "Makran Digest", "2026-11-04T09:15:00+05:00",
  "Levies official abducted in Tump",
  """
Armed men abducted a Levies naib risaldar and his driver from Tump in Kech district on Tuesday
evening, Levies officials said. The driver was released near the Iranian border a few hours
later, but the official's whereabouts remain unknown.
""",
  [I("KIDNAPPING", "Tue", "PK211", "Tump", targets=["SECURITY_FORCES"])]),

R("none", "Capital Observer", "2026-11-18T17:50:00+05:00",
  "Army chief visits Wana, meets tribal elders",
  """
WANA: The Chief of Army Staff visited Wana on Wednesday, where he was briefed on the security
situation in Lower and Upper South Waziristan and on the progress of ongoing counter-terrorism
operations and development projects in the area.

He laid a floral wreath at the Yadgar-e-Shuhada and offered fateha for the martyrs. Later, he
interacted with tribal elders, who praised the role of the security forces in the restoration
of peace and raised the issues of water for the Gomal Zam command area, mobile internet and the
reopening of the Angoor Adda border crossing.

Addressing officers and men, the army chief said the khwarij and their facilitators would be
dealt with firmly wherever they were found, and that the people of the tribal districts had
rendered unmatched sacrifices. Earlier, on arrival in Wana, he was received by the Corps
Commander Peshawar.
""",
  []),

R("none", "Lahore Daily Post", "2026-11-24T18:00:00+05:00",
  "Security agencies hold counter-terrorism drill at Lahore airport",
  """
LAHORE: Police, Rescue 1122, the Counter-Terrorism Department and the army conducted a joint
counter-terrorism drill at the Allama Iqbal International Airport on Tuesday to test the
readiness of the agencies in the event of an attack.

The exercise simulated an attack by four armed "terrorists" who took passengers hostage in the
departure lounge. CTD commandos stormed the building, the "terrorists" were "neutralised"
within 40 minutes and the "hostages" were freed. Smoke grenades and blank rounds were used, and
flights were not affected.

The Commissioner Lahore, who observed the drill, said such exercises would be held at the
railway station, the Metro bus terminals and major shopping malls over the coming months.
""",
  []),
]
