"""Hold-out-2 reports published May to July 2026 (fictional incidents, real districts)."""
from labels import I, R, KARACHI_ALL

REPORTS = [

R("followup", "Quetta Evening Ledger", "2026-05-02T13:30:00+05:00",
  "Sariab Road bombing: death toll climbs to 14",
  """
QUETTA - The death toll from Thursday's suicide bombing outside a police training facility on
Sariab Road rose to 14 on Saturday after two more wounded recruits succumbed to their injuries
at the trauma centre of the Civil Hospital, officials said.

The provincial government had put the toll at ten on Thursday evening and at 12 on Friday. Of
the dead, 11 were police recruits and three were civilians, among them a fruit vendor who
sold his wares outside the facility's gate. Over 30 people, most of them recruits returning
from a morning drill, were wounded.

Investigators said the bomber, believed to be between 18 and 20 years old, approached the
gate on foot and detonated a vest packed with about eight kilogrammes of explosives and ball
bearings when a guard tried to stop him. His head and parts of the vest were recovered and
sent for forensic analysis.

No group has claimed responsibility. The provincial home minister, speaking at the funeral of
several of the recruits at Police Lines, said the attack bore "all the hallmarks of Fitna
al-Khawarij" and that its planners were operating from across the border.

The Counter-Terrorism Department has formed a joint investigation team, and security has
been tightened at police installations across Quetta, Pishin and Mastung.
""",
  [I("SUICIDE_ATTACK", "Thu", "PK226", "Sariab Road", killed=14, injured=(31, "AT_LEAST"), mk=1,
     targets=["SECURITY_FORCES"], perp="TTP", status="ATTRIBUTED")]),

R("brief", "Malakand Times", "2026-05-06T09:25:00+05:00",
  "Grenade thrown at police official's house in Kabal",
  """
Unknown persons threw a hand grenade into the courtyard of a police sub-inspector's house in
Kabal tehsil of Swat on Tuesday night, police said. There were no casualties, but the blast
damaged a room and a parked car.
""",
  [I("BOMBING", "Tue", "PK532", "Kabal", killed=0, injured=0, targets=["SECURITY_FORCES"])]),

R("urdu", "Daily Balochistan Awaz (English edition)", "2026-05-09T08:00:00+05:00",
  "Two Levies personnel martyred in Zehri blast",
  """
KHUZDAR: Two Levies personnel embraced martyrdom and four others were injured when their
vehicle was targeted with a remote-controlled bomb in Zehri tehsil of Khuzdar district on
Friday.

According to Levies sources, the personnel were on routine patrolling when the explosive
material, which had been planted on the roadside, went off with a big bang, completely
destroying the vehicle. The injured were shifted to the Teaching Hospital Khuzdar, where the
condition of one of them was stated to be critical.

Law enforcement agencies cordoned off the area and collected evidence from the site. The
Deputy Commissioner Khuzdar strongly condemned the incident and said that such cowardly acts
could not weaken the resolve of the Levies force. The bodies of the martyrs were sent to their
native areas after funeral prayers at the Levies headquarters.
""",
  [I("BOMBING", "Fri", "PK213", "Zehri", killed=2, injured=4, targets=["SECURITY_FORCES"])]),

R("none", "Hazara Express", "2026-05-13T20:10:00+05:00",
  "Twelve killed as coach plunges into ravine on KKH near Dassu",
  """
DASSU: At least 12 people were killed and 18 injured when a passenger coach travelling from
Rawalpindi to Gilgit plunged into a ravine on the Karakoram Highway near Dassu in Upper
Kohistan on Wednesday, rescue officials said.

According to Rescue 1122, the driver lost control of the vehicle on a sharp bend after its
brakes apparently failed on a steep descent. The coach fell about 300 feet before coming to
rest near the bank of the Indus. Local residents joined the rescue teams in pulling the
passengers out of the wreckage.

The injured were taken to the Dassu hospital, and those in critical condition were later
shifted to Abbottabad. Police said the coach was carrying more passengers than its capacity.
Traffic on the highway remained suspended for two hours during the rescue operation.
""",
  []),

R("roundup", "Balochistan Conflict Tracker", "2026-05-17T20:00:00+05:00",
  "Balochistan weekly: five incidents, three killed",
  """
TALLY (Monday to Sunday): 5 incidents | 3 killed | 3 militants killed | 1 abducted.

Monday - Turbat, Kech. Gunmen on a motorcycle shot dead two labourers from Punjab at a
construction site on the outskirts of Turbat. The Balochistan Liberation Front claimed the
killings the same evening.

Tuesday - Sibi. An explosive device damaged a section of the railway track near Sibi shortly
before midnight. Train services between Quetta and Jacobabad were suspended for six hours; no
casualties were reported.

Wednesday - Surab. Around two dozen armed men entered Surab town in the afternoon, took
control of the main bazaar for about an hour, looted a bank and set fire to the Levies station.
One Levies man was killed. The Balochistan Liberation Army said its fighters had carried out
the raid.

Friday - Mastung. The Frontier Corps said three militants of "Fitna al-Hindustan" were killed
in an intelligence-based operation in the Kirdgap area. No casualties among the troops were
reported.

Saturday - Zhob. A sub-engineer of the communications and works department was abducted by
armed men while inspecting a road project about 20 kilometres from Zhob town. Officials said
no group had contacted the family.

Quetta, Gwadar and the Nasirabad division were quiet. Thursday and Sunday passed without a
recorded incident.
""",
  [I("TARGETED_KILLING", "Mon", "PK211", "Turbat", killed=2, targets=["CIVILIANS"],
     perp="BLF", status="CLAIMED"),
   I("INFRASTRUCTURE_ATTACK", "Tue", "PK228", "Sibi", killed=0, injured=0,
     targets=["INFRASTRUCTURE"], alt=["BOMBING"]),
   I("ARMED_ASSAULT", "Wed", "PK233", "Surab", killed=1,
     targets=["SECURITY_FORCES", "GOVERNMENT"], perp="BLA", status="CLAIMED", any=["PK210"]),
   I("SECURITY_OPERATION", "Fri", "PK220", "Kirdgap", mk=3, targets=["MILITANTS"],
     perp="BALOCH_SEPARATISTS", status="ATTRIBUTED"),
   I("KIDNAPPING", "Sat", "PK231", "Zhob", targets=["GOVERNMENT"])]),

R("wire", "Southern Punjab Chronicle", "2026-05-22T15:40:00+05:00",
  "BMP constable killed, three attackers dead in Taunsa checkpost attack",
  """
DERA GHAZI KHAN - Militants attacked a Border Military Police checkpost near Vehova in Taunsa
district in the early hours of Friday, killing a constable and wounding two others, officials
said.

The attackers, believed to number around a dozen, opened fire from the hills overlooking the
post at about 3am. Three of them were killed when the BMP personnel returned fire, a police
spokesman said, and their bodies were handed over to the hospital in Taunsa for
identification.

Vehova lies at the meeting point of Punjab, Khyber Pakhtunkhwa and Balochistan, close to the
boundaries of Dera Ismail Khan and Musakhel districts, and police suspect the attackers had
crossed over from the Khyber Pakhtunkhwa side and belonged to the Tehreek-e-Taliban Pakistan.

The Punjab government ordered the Counter-Terrorism Department to reinforce posts in the
tribal areas of Taunsa, Dera Ghazi Khan and Rajanpur, where the BMP, a force raised in the
colonial era, is responsible for law and order.
""",
  [I("ARMED_ASSAULT", "today", "PK694", "Vehova", killed=1, injured=2, mk=3,
     targets=["SECURITY_FORCES"], perp="TTP", status="SUSPECTED", any=["PK607"])]),

R("urdu", "Kashmir Tribune", "2026-05-27T10:30:00+05:00",
  "Religious scholar martyred in Rawalakot firing",
  """
RAWALAKOT: A religious scholar was martyred when unknown persons opened fire on him near
Khaigala in the jurisdiction of Rawalakot on Tuesday evening.

According to police, the deceased was returning home after offering Maghrib prayers when two
motorcyclists intercepted him and opened fire, as a result of which he received multiple
bullet wounds and died on the spot. The accused fled from the scene.

The police of Azad Jammu and Kashmir and other law enforcement agencies have started
investigation and the body was shifted to the hospital for medico-legal formalities. The
traders of Rawalakot observed a complete shutter-down strike to protest the killing, while
religious parties in Hajira and Abbaspur also held protest demonstrations and demanded the
immediate arrest of the culprits.
""",
  [I("TARGETED_KILLING", "Tue", "PK109", "Khaigala", killed=1, targets=["RELIGIOUS"])]),

R("none", "Centre for Conflict Studies", "2026-06-01T12:00:00+05:00",
  "May sees fewer attacks but more security personnel killed, says think tank",
  """
ISLAMABAD: Militant attacks across the country fell in May for the second consecutive month,
but the number of security personnel killed rose, according to a monthly review released by
an Islamabad-based think tank on Monday.

The review recorded 68 militant attacks in May, compared with 77 in April. They claimed 96
lives, including 52 personnel of the army, Frontier Corps, police and Levies, 37 civilians and
seven members of pro-government peace committees. Security forces killed 131 suspected
militants in operations during the month.

Khyber Pakhtunkhwa accounted for 44 of the attacks, with Bannu, Dera Ismail Khan, Lakki Marwat
and North Waziristan the worst-affected districts. Balochistan recorded 21 attacks, most of
them in the Kalat and Makran divisions. Three attacks took place in Punjab and none in
Gilgit-Baltistan or Azad Kashmir.

The think tank warned that the use of quadcopters by militants had spread from North
Waziristan to Bannu and Lakki Marwat, and recommended that the provinces invest in
counter-drone technology for police stations in the south of Khyber Pakhtunkhwa.
""",
  []),

R("feature", "Karachi Chronicle (Sunday Magazine)", "2026-06-04T08:00:00+05:00",
  "Karachi's low hum of fear returns to the western edges",
  """
KARACHI - In the lanes behind the main market of Orangi Town, where the city climbs into the
hills and the water tankers come once a week, people have started walking to the mosque in
groups again. It is a habit they had hoped to forget.

On Friday, a prayer leader of a mosque in Orangi Town was shot dead as he walked home after the
night prayer. Two men on a motorcycle fired at him from close range and rode off towards
Manghopir. He was the first cleric to be killed in the city this year, and the manner of his
killing - quick, quiet, almost routine - brought back memories of the years when such murders
were reported several times a week. Police officials said they suspected Lashkar-e-Jhangvi, the
sectarian outfit whose cells in the western districts were broken up a decade ago, but no
arrests have been made.

Karachi is a city of more than twenty million people, spread across seven districts that
together form the Karachi division of Sindh. Most of its violence is criminal: street robberies
in Gulshan-e-Iqbal and North Nazimabad, land disputes in Gadap, extortion in the wholesale
markets of Saddar. Militancy, for most Karachiites, is something that happens somewhere else -
in Balochistan, in the mountains of Khyber Pakhtunkhwa, on the television news. But it has
never entirely left.

Earlier this week, a hand grenade was thrown at a police mobile in Chakiwara, in the heart of
Lyari, injuring two policemen and three passersby. Lyari has a long history of gang warfare,
and police at first treated the attack as a gang matter. By Wednesday they were less sure: the
grenade was of a type recovered from militant hideouts, and the officers in the vehicle had
been part of a team that has spent the past year chasing militant cells in the western
districts.

Last month, a roadside bomb hit a Rangers patrol somewhere in Karachi, wounding about a dozen
personnel. The paramilitary force has never said where the attack happened; journalists were
told only that it was "in the city". The Sindhudesh Revolutionary Army, a small separatist
group that has in the past bombed railway tracks and power pylons in the interior of Sindh,
claimed the attack in a post on social media. The Rangers neither confirmed nor denied the
claim.

The counter-terrorism officials who track these groups say the city remains attractive to
militants for the same reasons it is attractive to everyone else: it is big, anonymous and
connected. A man can arrive from Waziristan or Khuzdar on a Tuesday, rent a room in Sohrab
Goth or Baldia by Thursday and disappear into the crowd. The Northern Bypass and the Super
Highway carry thousands of trucks to and from the north every day, few of them thoroughly
searched.

What has changed since the worst years, officials say, is the city's capacity to respond. The
Counter-Terrorism Department has grown fivefold since 2013. Cameras cover most of the main
roads of Clifton, Saddar and the business district. Intelligence agencies share information
more readily than they once did.

In Orangi, such assurances carry little weight. The murdered prayer leader's congregation has
appointed a young cleric from Hyderabad to lead the prayers in his place, and volunteers now
stand at the gate during the night prayer. "We were told the city was safe now," said one of
them, a schoolteacher who has lived in the neighbourhood all his life. "Maybe it is safe for
some people."

Police say patrols around mosques and imambargahs in the western districts have been
doubled, and that Rangers pickets have been set up at the entry points of the town. Whether
that will be enough, the volunteers at the gate say, they will know only with time.
""",
  [I("TARGETED_KILLING", "Fri", "PK729", "Orangi Town", killed=1, targets=["RELIGIOUS"],
     perp="LEJ", status="SUSPECTED"),
   I("BOMBING", "thisweek", "PK721", "Chakiwara", injured=5,
     targets=["SECURITY_FORCES"]),
   I("BOMBING", "lastmonth", None, "Karachi", injured=(12, "APPROX"),
     targets=["SECURITY_FORCES"], perp="SRA", status="CLAIMED", any=KARACHI_ALL)]),

R("statement", "Khyber Pakhtunkhwa Information Department", "2026-06-09T11:00:00+05:00",
  "Chief Minister grieves martyrdom of four FC personnel in Jandola attack",
  """
PESHAWAR, June 9: The Chief Minister of Khyber Pakhtunkhwa has expressed deep grief and sorrow
over the martyrdom of four personnel of the Frontier Constabulary in an attack by khawarij on
their checkpost in the Jandola area of Tank district last night.

Three FC personnel were also injured in the attack. The Chief Minister was informed that the
jawans of the Frontier Constabulary responded to the attack with bravery and two khawarij were
killed in the retaliatory action.

The Chief Minister directed the authorities concerned to provide the best medical facilities
to the injured and to extend the Shuhada Package to the families of the martyred personnel
without delay. He said that the sacrifices of the police and the Frontier Constabulary for
the restoration of peace in the province would always be remembered, and that the cowardly
khawarij would never succeed in their nefarious designs.

The Chief Minister also directed the Inspector General of Police to review the security of
checkposts in the Tank and Dera Ismail Khan districts and to submit a report within a week.
""",
  [I("ARMED_ASSAULT", "yday", "PK533", "Jandola", killed=4, injured=3, mk=2,
     targets=["SECURITY_FORCES"], perp="TTP", status="ATTRIBUTED")]),

R("brief", "Mehran Times", "2026-06-12T10:50:00+05:00",
  "Blast damages railway track near Jacobabad",
  """
A portion of the railway track was damaged in a blast near Jacobabad in the early hours of
Friday, suspending train traffic between Sindh and Balochistan for several hours, railway
police said. There was no loss of life as no train was passing at the time.
""",
  [I("INFRASTRUCTURE_ATTACK", "today", "PK707", "Jacobabad", killed=0,
     targets=["INFRASTRUCTURE"], alt=["BOMBING"])]),

R("landmark", "Indus Wire", "2026-06-16T12:15:00+05:00",
  "Gunmen torch trucks, kill two drivers on the N-25",
  """
KHUZDAR, Balochistan (Indus Wire) - Gunmen set fire to at least eight trucks and shot dead two
drivers on the N-25 near Khuzdar on Monday night, officials said, the latest in a string of
attacks on freight traffic on the highway that connects Quetta with Karachi.

A Levies official said about 15 attackers blocked the road with boulders at around 10pm,
ordered the drivers out of their cabins and opened fire when two of them tried to run. The
trucks, several of them carrying fruit from the Quetta valley, were then doused with petrol
and set ablaze.

The Balochistan Liberation Army claimed responsibility in a statement on Tuesday. Traffic
resumed in the morning after the Frontier Corps cleared the road. A transporters' association
in Quetta announced a two-day strike to demand security for goods vehicles.
""",
  [I("ARMED_ASSAULT", "Mon", "PK213", "N-25", killed=2, targets=["CIVILIANS"], perp="BLA",
     status="CLAIMED")]),

R("followup", "Tribal News Desk", "2026-06-20T17:00:00+05:00",
  "Kurram convoy attack toll rises to at least 17",
  """
PARACHINAR - The death toll from Wednesday's ambush on a passenger convoy in Lower Kurram has
risen to at least 17, officials said on Saturday, after three more bodies were recovered from a
ravine near Bagan and two of the wounded died in hospital in Peshawar.

Dozens of people were injured in the attack, in which gunmen positioned on the hillsides on
both sides of the Thall-Parachinar road opened fire on about 40 vehicles travelling under a
police escort. The escort returned fire, and officials said two of the attackers were killed.

The violence did not end there. On Thursday, armed men attacked houses in Balishkhel, a
village in the Sadda area, killing two people before tribal elders and the army intervened.

A grand jirga convened in Kohat on Friday agreed to a ten-day ceasefire. The road between
Thall, in Hangu district, and Parachinar remains closed, and residents of Upper Kurram report
shortages of medicines and fuel. The provincial government said it would airlift supplies to
Parachinar from Peshawar until the road reopens.
""",
  [I("ARMED_ASSAULT", "Wed", "PK518", "Bagan", killed=(17, "AT_LEAST"),
     injured=(12, "AT_LEAST"), mk=2, targets=["CIVILIANS"]),
   I("ARMED_ASSAULT", "Thu", "PK518", "Balishkhel", killed=2, targets=["CIVILIANS"])]),

R("wire", "Capital Observer", "2026-06-30T13:05:00+05:00",
  "Suicide bomber kills two policemen at Islamabad picket",
  """
ISLAMABAD - A suicide bomber blew himself up at a police picket on the Kashmir Highway near
the Peshawar Morr interchange on Tuesday morning, killing two policemen and injuring four
people, police said.

The attacker, who was on foot, detonated his vest when constables asked him to stop for a body
search, a senior police officer told reporters at the scene. The injured, including two
passers-by, were taken to the Pakistan Institute of Medical Sciences.

Jamaat-ul-Ahrar, a faction that broke away from the Tehreek-e-Taliban Pakistan, claimed
responsibility in a message to journalists.

Security was tightened across the federal capital and neighbouring Rawalpindi after the
blast, with additional checkpoints at the entry points to the Red Zone. The interior minister
said the bomber's facilitators would be traced "within days".
""",
  [I("SUICIDE_ATTACK", "today", "PK401", "Kashmir Highway", killed=2, injured=4, mk=1,
     targets=["SECURITY_FORCES"], perp="JUA", status="CLAIMED")]),

R("roundup", "Swat Weekly Observer", "2026-07-04T09:00:00+05:00",
  "Malakand division: a week of attacks from Dir to Chitral",
  """
The past week brought violence to five of the nine districts of the Malakand division. Shangla
and Buner were quiet; Swat saw its first attack on a school in more than a year.

On Monday, a roadside bomb hit a police vehicle in Balambat tehsil of Lower Dir, killing one
constable and injuring two.

On Tuesday, militants who crossed from Afghanistan attacked a border post near Arandu in Lower
Chitral. The military said the attack was repulsed and four khawarij were killed; one soldier
was martyred.

On Wednesday, a government girls' primary school in Matta tehsil of Swat was set on fire
overnight. Nobody was inside, and police found pamphlets warning parents against sending their
daughters to school.

On Thursday, gunmen abducted a member of the local peace committee from his orchard in
Salarzai tehsil of Bajaur. His bullet-riddled body was found on Friday morning near the
border.

On Friday, a police patrol and a group of armed men exchanged fire for several hours in the
hills near Wari in Upper Dir. Two of the gunmen were killed; police could not say which side
had opened fire first, but said both dead men were members of the TTP wanted for attacks on
police.

Officials in Saidu Sharif said additional police would be posted at schools across Swat
before the new term.
""",
  [I("BOMBING", "Mon", "PK520", "Balambat", killed=1, injured=2, targets=["SECURITY_FORCES"]),
   I("ARMED_ASSAULT", "Tue", "PK507", "Arandu", killed=1, mk=4, targets=["SECURITY_FORCES"],
     perp="TTP", status="ATTRIBUTED", alt=["ARMED_CLASH"], any=["PK508"]),
   I("INFRASTRUCTURE_ATTACK", "Wed", "PK532", "Matta", targets=["EDUCATION"]),
   I("KIDNAPPING", "Thu", "PK502", "Salarzai", killed=1, targets=["CIVILIANS"],
     alt=["TARGETED_KILLING"]),
   I("ARMED_CLASH", "Fri", "PK535", "Wari", mk=2, targets=["SECURITY_FORCES"], perp="TTP",
     status="ATTRIBUTED", alt=["SECURITY_OPERATION"])]),

R("feature", "Northern Areas Review", "2026-07-13T08:30:00+05:00",
  "On the Karakoram Highway, the old fear rides again",
  """
CHILAS - The Karakoram Highway does not so much cross the Diamer district as cling to it. For
more than a hundred kilometres the road runs along the Indus, cut into cliffs of grey rock, with
the river a brown roar below and the peaks of the Nanga Parbat massif somewhere above the
haze. It is a road that carries almost everything Gilgit-Baltistan needs from the rest of the
country, and almost everyone who travels between Gilgit and the plains.

On Friday night a Gilgit-bound passenger bus was fired upon from the hillside a few kilometres
south of Chilas. Two passengers were killed and at least seven were wounded, according to the
Diamer police. The driver kept going until he reached the town, which probably saved more lives.
Nobody has claimed the attack, and police have not said who they suspect.

It was not the first warning. Earlier this month, a girls' school in Darel, one of the valleys
that open off the highway on its western side, was burnt down at night. Darel and its
neighbour Tangir became separate districts in recent years, but they remain poor, conservative
and, in the view of many officials in Gilgit, under-governed. Police say the school was empty
when it was set alight, and the education department has promised to rebuild it before the
winter.

For travellers, the highway's reputation has always depended on the handful of places where
the mountains press closest to the road. South of Chilas, it enters Kohistan in Khyber
Pakhtunkhwa, where the towns of Dassu, Pattan and Komila straddle the river and the Dasu
hydropower project has brought thousands of workers, many of them foreign. Further south are
Besham in Shangla district and Thakot in Batagram, before the road descends to Mansehra and
Abbottabad. Each stretch has its own police, its own checkpoints and its own memories.

The alternative route, over the Babusar Pass from Naran, is open only in summer and is favoured
by tourists, who have been coming in growing numbers. Hotel owners in Naran and in Gilgit say
bookings for July are the best in years, and that visitors have mostly not heard of the
shooting. The Hunza valley, further north, and the lakes of Skardu in Baltistan are full. The
government of Gilgit-Baltistan is keen to keep it that way.

Officials in Gilgit say the attacks in Diamer are the work of a small number of men who hide in
the side valleys and have nothing to do with the wider insurgency in Khyber Pakhtunkhwa. Others
are not so sure. A retired police officer who served in Chilas for many years points out that
the same side valleys have sheltered wanted men for decades, and that the networks which
hid them were never fully dismantled.

The government has responded in the usual way. The GB Scouts have set up new pickets on the
highway between Chilas and the Raikot bridge. Buses are to travel in convoys after dark, and
passengers will have their identity cards checked at the district boundary. The chief
secretary has asked the federal government for drones.

In Chilas itself, the mood is one of irritation rather than panic. Shopkeepers in the main
bazaar complain that every attack brings more checkpoints, and every checkpoint means longer
journeys and higher prices for goods trucked up from Rawalpindi. The bus company whose vehicle
was attacked has suspended its night service to Gilgit.

Its manager, who did not want his name printed, was philosophical. "The road has always been
dangerous," he said. "Landslides, floods, the river. Now there is this again." He shrugged and
went back to sorting tickets for the morning departure, the first of the day, scheduled to leave
at half past five.
""",
  [I("ARMED_ASSAULT", "Fri", "PK302", "Chilas", killed=2, injured=(7, "AT_LEAST"),
     targets=["CIVILIANS"]),
   I("INFRASTRUCTURE_ATTACK", "thismonth", "PK311", "Darel", targets=["EDUCATION"],
     any=["PK302"])]),

R("statement", "CTD Punjab", "2026-07-17T17:30:00+05:00",
  "CTD Punjab arrests nine suspected terrorists in week-long operations",
  """
LAHORE: The Counter Terrorism Department Punjab conducted 71 intelligence-based operations across
the province between July 10 and July 16, arresting nine suspected terrorists and recovering
explosives, detonators, weapons and banned literature, a spokesperson said on Friday.

In Multan, two suspects belonging to the Tehreek-e-Taliban Pakistan were arrested near the
bypass; they were allegedly planning to attack a religious gathering. In Dera Ghazi Khan, three
TTP suspects were held in a raid in the tribal area and 4 kilogrammes of explosives were
recovered from them. In Bahawalpur, two men described as members of the Islamic State
Khorasan Province were arrested with a pistol and hand grenades. One TTP suspect was taken into
custody in Mianwali.

The remaining suspect, arrested in Lahore, was found to be a member of a proscribed
organisation wanted in a terror-financing case. Cases have been registered against all the
suspects at CTD police stations.

The spokesperson said operations were carried out in collaboration with intelligence agencies
as part of efforts to make Punjab free of terrorism, and that citizens should report suspicious
activity on the CTD helpline.
""",
  [I("SECURITY_OPERATION", "range:2026-07-10:2026-07-16:WEEK", "PK622", "Multan",
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED"),
   I("SECURITY_OPERATION", "range:2026-07-10:2026-07-16:WEEK", "PK607", "Dera Ghazi Khan",
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED", any=["PK694"]),
   I("SECURITY_OPERATION", "range:2026-07-10:2026-07-16:WEEK", "PK603", "Bahawalpur",
     targets=["MILITANTS"], perp="ISKP", status="ATTRIBUTED"),
   I("SECURITY_OPERATION", "range:2026-07-10:2026-07-16:WEEK", "PK621", "Mianwali",
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED"),
   I("SECURITY_OPERATION", "range:2026-07-10:2026-07-16:WEEK", "PK617", "Lahore",
     targets=["MILITANTS"], optional=True)]),

R("urdu", "Daily Shamal (English service)", "2026-07-22T08:20:00+05:00",
  "Two FC jawans martyred, five khawarij sent to hell in Tirah",
  """
KHYBER: Two jawans of the Frontier Corps embraced shahadat while five khawarij were sent to hell
when terrorists of Fitna al-Khawarij attacked an FC post in the Tirah valley of Khyber district
on Tuesday.

According to security sources, the khawarij attacked the post from the surrounding heights in
the darkness of night, but the brave jawans gave a befitting reply and foiled their nefarious
attempt. The bodies of the killed khawarij were taken into custody along with weapons and
ammunition.

The martyred jawans belonged to Charsadda and Swabi districts. Their funeral prayers were
offered at the FC headquarters in Peshawar and the bodies were then sent to their native towns,
where they were laid to rest with full military honours.

Political and social circles of the area have paid rich tribute to the martyrs and said that
the whole nation stands shoulder to shoulder with the security forces against the khawarij.
""",
  [I("ARMED_ASSAULT", "Tue", "PK513", "Tirah", killed=2, mk=5, targets=["SECURITY_FORCES"],
     perp="TTP", status="ATTRIBUTED")]),

R("landmark", "Quetta Evening Ledger", "2026-07-27T11:45:00+05:00",
  "Track blown up near Pir Ghaib hours before Jaffar Express",
  """
QUETTA - A section of the railway track was blown up in the Bolan Pass near Pir Ghaib on Sunday
night, hours before the Jaffar Express was due to pass, railway officials said. There were no
casualties.

About three metres of track were destroyed in the blast. Train services between Quetta and Sibi
were suspended while repair teams, escorted by the Frontier Corps, worked through the morning.
Passengers of the Peshawar-bound train were held at Quetta railway station.

The Balochistan Liberation Army claimed responsibility, saying the line was used to transport
troops. Railway officials said services would resume on Monday evening if the repairs were
completed.
""",
  [I("INFRASTRUCTURE_ATTACK", "Sun", "PK209", "Pir Ghaib", killed=0, injured=0,
     targets=["INFRASTRUCTURE"], perp="BLA", status="CLAIMED", alt=["BOMBING"])]),
]
