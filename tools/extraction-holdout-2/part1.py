"""Hold-out-2 reports published February to April 2026 (fictional incidents, real districts)."""
from labels import I, R

REPORTS = [

R("brief", "Sarhad Herald", "2026-02-03T09:10:00+05:00",
  "Traffic constable shot dead in Peshawar",
  """
A traffic police constable was shot dead by two unidentified motorcyclists near Gulbahar
Chowk in Peshawar on Monday evening, police said. The constable was on duty at the
intersection when he was hit by several bullets, and the attackers escaped towards Hashtnagri.
A case has been registered and the body was shifted to Lady Reading Hospital.
""",
  [I("TARGETED_KILLING", "Mon", "PK528", "Gulbahar Chowk", killed=1,
     targets=["SECURITY_FORCES"])]),

R("urdu", "Daily Shamal (English service)", "2026-02-07T08:30:00+05:00",
  "Two policemen embrace shahadat as miscreants attack checkpost in Bannu",
  """
BANNU: Two brave jawans of the police embraced shahadat while three others sustained
injuries when miscreants attacked the Domel checkpost of Bannu with heavy and light weapons
late on Friday night.

According to police sources, the terrorists of Fitna al-Khawarij opened fire from three
sides, whereupon the police personnel responded valiantly and one terrorist was sent to hell
in the retaliatory fire while his accomplices fled taking advantage of the darkness. The
injured were shifted to District Headquarters Hospital Bannu where emergency was declared.

Heavy contingents of police and law enforcement agencies reached the spot, cordoned off the
area and launched a search operation in the surrounding villages. The funeral prayers of the
martyred were offered at Police Lines Bannu with full official honours, which were attended
by the Regional Police Officer, the Deputy Commissioner and notables of the area.

The Inspector General of Police Khyber Pakhtunkhwa paid rich tribute to the shuhada and said
that the sacrifices of the police would not go in vain and the nefarious designs of the
enemies of peace would be foiled at every cost.
""",
  [I("ARMED_ASSAULT", "Fri", "PK503", "Domel", killed=2, injured=3, mk=1,
     targets=["SECURITY_FORCES"], perp="TTP", status="ATTRIBUTED")]),

R("statement", "ISPR", "2026-02-12T19:05:00+05:00",
  "Eight khwarij sent to hell in North Waziristan IBO: ISPR",
  """
RAWALPINDI, 12 February 2026: On the night of 11/12 February 2026, security forces conducted
an intelligence based operation in the general area of Datta Khel, North Waziristan District,
on reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij.

During the conduct of the operation, own troops effectively engaged the khwarij location and,
after an intense exchange of fire, eight khwarij were sent to hell. Weapons, ammunition and
explosives were also recovered from the khwarij killed, who remained actively involved in
numerous terrorist activities against the security forces as well as target killing of
innocent civilians.

However, during the intense exchange of fire, a 26-year-old sepoy, resident of Karak
District, having fought gallantly, paid the ultimate price and embraced shahadat.

Sanitisation operation is being conducted to eliminate any other khwarij found in the area,
as the security forces of Pakistan are determined to wipe out the menace of Indian sponsored
terrorism from the country and such sacrifices of our brave soldiers further strengthen our
resolve.
""",
  [I("SECURITY_OPERATION", "range:2026-02-11:2026-02-12", "PK525", "Datta Khel", killed=1,
     mk=8, targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED")]),

R("feature", "Frontier Weekly Review", "2026-02-16T10:00:00+05:00",
  "On the Indus Highway, the night belongs to someone else",
  """
DERA ISMAIL KHAN - The last bus out of Dera Ismail Khan for Bannu now leaves at half past
three in the afternoon. Until last year it left at seven in the evening, and the drivers who
work the Indus Highway between the two cities say the timetable was rewritten not by the
transport company but by the road itself.

The highway, the N-55, runs north from the Sindh border through the Dera Ghazi Khan division
of Punjab, crosses into Khyber Pakhtunkhwa near Chashma, and then threads its way through
Dera Ismail Khan, Lakki Marwat and Bannu before climbing towards Kohat and Peshawar. For most
of its length it is an unremarkable two-lane road lined with date palms and sugarcane. On the
stretch between Paharpur and Pezu it has become a place where people prefer not to stop.

On Saturday night a police mobile van on routine patrol near Paharpur, about forty kilometres
north of Dera Ismail Khan city, was ambushed by gunmen firing from a sugarcane field beside
the road. Three policemen were killed on the spot and a fourth was wounded, according to the
district police officer. The attackers took the dead men's rifles. A spokesman for the
Tehreek-e-Taliban Pakistan later said the group had carried out the attack, a claim the
police did not dispute.

"We used to patrol with one vehicle, now we patrol with three, and still they find a way,"
said a sub-inspector at the Paharpur police station, who asked not to be named because he
was not authorised to speak to the media. His station has had its boundary wall raised twice
in eighteen months. Sandbags fill the windows of what used to be the record room.

Residents of the tehsil describe a pattern that has hardened over the past year. Armed men
appear at dusk on the link roads that connect the villages to the highway, stop vehicles,
check identity cards and leave before the police arrive. Most of the time nobody is hurt.
Sometimes somebody is taken.

That is what happened last week in Tank district, about ninety kilometres to the west, where
two employees of a private telecommunications contractor were abducted while repairing a
cell tower in the Gul Imam area. Their vehicle was found abandoned with its engine running.
Their families say they have received no demand. The Tank police have registered a case of
kidnapping against unknown persons.

Further north, the pressure runs in the other direction. On Wednesday, police and the
Counter-Terrorism Department carried out what officials described as an intelligence-based
operation in the Bettani area of Lakki Marwat, killing four militants in a gunfight that
lasted several hours. One CTD official was injured. The dead, officials said, belonged to a
local faction of the TTP blamed for attacks on polio teams in the district.

Not every corner of the corridor is equally affected. Kulachi, to the west of Dera Ismail
Khan city, has been comparatively calm since a checkpost there was overrun in November 2024,
an attack that left six policemen dead and prompted the Frontier Constabulary to take over the
post. Daraban, on the road to Zhob in Balochistan, has seen fewer incidents since a new
Frontier Corps wing moved in. In the city itself, shops near Gomal University and the
Circular Road bazaar stay open late, and the wedding halls are full at weekends.

The countryside tells a different story. Teachers at government schools in Paroa tehsil say
attendance drops whenever word goes round of a new checkpoint on the link roads. Health
workers in Sarai Naurang, across the boundary in Lakki Marwat, now insist on a police escort
before they travel to outlying villages, and some refuse to travel at all after the afternoon
prayer.

Officials in Peshawar point to the numbers. The provincial home department says arrests in
the Dera Ismail Khan and Bannu divisions have doubled compared with last year. Two new police
stations have been sanctioned for the Indus Highway corridor, and the federal government has
promised drones and night-vision equipment for the police of the southern districts.

The drivers at the Dera Ismail Khan bus stand are unimpressed. "They give us numbers," one of
them said, pointing at the timetable taped to the inside of the booking office window. "We
give them the time of the last bus."
""",
  [I("ARMED_ASSAULT", "Sat", "PK509", "Paharpur", killed=3, injured=1,
     targets=["SECURITY_FORCES"], perp="TTP", status="CLAIMED"),
   I("KIDNAPPING", "lastweek", "PK533", "Gul Imam", targets=["CIVILIANS"]),
   I("SECURITY_OPERATION", "Wed", "PK519", "Bettani", injured=1, mk=4,
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED"),
   I("ARMED_ASSAULT", "month:2024-11", "PK509", "Kulachi", killed=6,
     targets=["SECURITY_FORCES"], optional=True)]),

R("brief", "Quetta Evening Ledger", "2026-02-20T18:40:00+05:00",
  "Grenade hurled at Quetta mobile shop, three hurt",
  """
Three people were injured when unidentified men hurled a hand grenade at a mobile phone shop
on Jinnah Road in Quetta on Friday afternoon, police said. The injured, including the
shopkeeper, were taken to the Civil Hospital, where their condition was stated to be out of
danger.
""",
  [I("BOMBING", "today", "PK226", "Jinnah Road", injured=3, targets=["CIVILIANS"])]),

R("landmark", "Tribal News Desk", "2026-02-24T21:30:00+05:00",
  "Two customs officials gunned down near Hayatabad toll plaza",
  """
PESHAWAR: Two customs officials were killed and a passerby was injured when gunmen opened fire
on their vehicle near the Hayatabad toll plaza on Tuesday evening, officials said.

The officials were returning from the Torkham border after their shift when the attackers,
riding two motorcycles, intercepted their double-cabin pickup and sprayed it with bullets
before escaping towards the Bara side. Police and Frontier Corps personnel cordoned off the
area and collected more than 20 spent cartridges from the spot.

A senior customs officer said the department had received threats over an anti-smuggling
drive at the border in recent weeks, but declined to say from whom. No group had claimed
responsibility by late evening.
""",
  [I("TARGETED_KILLING", "today", "PK528", "Hayatabad toll plaza", killed=2, injured=1,
     targets=["GOVERNMENT"], any=["PK513"])]),

R("roundup", "Pak Security Monitor", "2026-03-02T11:00:00+05:00",
  "Week in review: Khyber Pakhtunkhwa, 23 February to 1 March",
  """
Khyber Pakhtunkhwa recorded six militant-related incidents in the week ending Sunday, down
from nine the week before, with the southern districts and the former tribal areas again
accounting for most of the violence. Two people were killed, both in targeted shootings, and
five were injured.

The week opened on Monday, 23 February, with a roadside bomb that struck a police van in the
Bara tehsil of Khyber district. Two constables were injured; the van had been escorting a
polio vaccination team back to the tehsil headquarters.

On Tuesday, militants attacked a police post in the Safi tehsil of Mohmand district shortly
before dawn. Police said the attack was repulsed after a gun battle of about forty minutes in
which one attacker was killed; there was no loss of life among the police.

Thursday saw a targeted killing in Charsadda, where a local office-bearer of a religious
political party was shot dead outside his home in Shabqadar by two men on a motorcycle.

On Friday, a quadcopter dropped an explosive on a house in Mir Ali, North Waziristan,
injuring a woman and two children. Residents blamed militants, who have increasingly used
commercial drones in the area; officials declined to comment.

On Saturday, a policeman assigned to guard a polio team was shot dead in Daraban tehsil of
Dera Ismail Khan. The vaccinators were unhurt and the campaign in the union council was
suspended for the day.

The week closed on Sunday with the recovery of an improvised explosive device planted under a
culvert in Sarai Naurang, Lakki Marwat. The bomb disposal squad defused it.

Outlook: the spring thaw usually brings an increase in cross-border movement in the north-west.
Monitors expect pressure on Bajaur, Mohmand and Khyber to rise over the coming weeks.
""",
  [I("BOMBING", "2026-02-23", "PK513", "Bara", injured=2, targets=["SECURITY_FORCES"]),
   I("ARMED_ASSAULT", "Tue", "PK524", "Safi", killed=0, mk=1, targets=["SECURITY_FORCES"]),
   I("TARGETED_KILLING", "Thu", "PK506", "Shabqadar", killed=1, targets=["POLITICAL"]),
   I("AIR_STRIKE", "Fri", "PK525", "Mir Ali", injured=3, targets=["CIVILIANS"],
     alt=["BOMBING"]),
   I("TARGETED_KILLING", "Sat", "PK509", "Daraban", killed=1,
     targets=["SECURITY_FORCES", "HEALTH"]),
   I("BOMBING", "Sun", "PK519", "Sarai Naurang", optional=True)]),

R("urdu", "Roznama Sarhad (English service)", "2026-03-05T08:15:00+05:00",
  "Miscreants abduct three employees of gas company in Karak",
  """
KARAK: Unknown armed miscreants abducted three employees of a private oil and gas exploration
company from Takht-e-Nasrati tehsil of Karak district yesterday and took them to an unknown
destination.

According to police, the employees were travelling in a company vehicle towards a well site
near Chokara when eight to ten armed men stopped the vehicle at gunpoint. The miscreants set
the vehicle on fire and took the employees along with them towards the hilly area.

On receiving the information, heavy contingents of police and other law enforcement agencies
reached the spot and started a search operation, but no clue of the abductees could be found
till the filing of this report. The District Police Officer Karak said that all resources were
being utilised for the safe recovery of the employees.

It is pertinent to mention here that the residents of the area have repeatedly demanded of
the high-ups to ensure foolproof security for the oil and gas installations of the district,
which contribute a handsome amount to the national exchequer.
""",
  [I("KIDNAPPING", "yday", "PK512", "Takht-e-Nasrati", targets=["CIVILIANS"])]),

R("none", "Capital Observer", "2026-03-09T18:30:00+05:00",
  "ATC jails four for raising funds for banned outfit",
  """
LAHORE: An anti-terrorism court on Monday sentenced four men to five years' rigorous
imprisonment each for collecting and transferring funds to a proscribed organisation, and
ordered the confiscation of their properties.

The Counter-Terrorism Department's Gujranwala region had registered the case under the
Anti-Terrorism Act on the basis of a financial intelligence report, which showed that the
accused had received small transfers from donors in Sheikhupura, Hafizabad and Gujranwala and
moved the money on through mobile wallets.

The court acquitted a fifth accused, a shopkeeper from Wazirabad, giving him the benefit of
the doubt. Defence counsel said the convicts would appeal in the Lahore High Court.

A CTD spokesperson said the department had secured convictions in 38 terror-financing cases
in Punjab since July, and that the "financial strangulation" of banned groups remained a
priority for the province.
""",
  []),

R("wire", "Indus Wire", "2026-03-12T22:15:00+05:00",
  "Suicide bomber rams FC convoy near Mastung, five soldiers killed",
  """
MASTUNG, Balochistan (Indus Wire) - A suicide bomber rammed an explosives-laden car into a
Frontier Corps convoy on the Quetta-Mastung road near Kanak on Thursday, killing five soldiers
and wounding at least 11 people, among them four civilians travelling in a passing rickshaw,
officials said.

The convoy was heading towards Quetta when the car, coming from the opposite direction,
swerved into the second vehicle, a Levies official said by telephone. The blast left a crater
in the road and shattered the windows of roadside shops. The bomber died in the explosion.

The wounded were taken to the Combined Military Hospital in Quetta, about 30 kilometres to the
north. Two of them were in critical condition, a hospital official said.

The Majeed Brigade, the suicide squad of the outlawed Balochistan Liberation Army, claimed
responsibility in a statement sent to journalists. The provincial government, which refers
to Baloch separatist groups as "Fitna al-Hindustan", said the attackers were trying to
sabotage development in the province.

Mastung, a district of orchards and wheat fields south of the provincial capital, has seen
repeated attacks on security forces and on travellers using the road to Karachi. Traffic on
the highway was suspended for four hours.
""",
  [I("SUICIDE_ATTACK", "today", "PK220", "Kanak", killed=5, injured=(11, "AT_LEAST"), mk=1,
     targets=["SECURITY_FORCES"], perp="BLA_MAJEED", status="CLAIMED")]),

R("followup", "Malakand Times", "2026-03-18T10:00:00+05:00",
  "Khar rally blast toll rises to nine as two more succumb",
  """
KHAR, Bajaur - Two more people wounded in Sunday's bombing at a political gathering in Khar
succumbed to their injuries at Lady Reading Hospital in Peshawar on Tuesday night, raising the
death toll to nine, hospital officials said. Seven people, including a former union council
chairman, had died on the spot.

More than 30 people were wounded in the blast, which struck as workers of a nationalist party
gathered in a marquee near the Khar bazaar for a membership drive. Eighteen of the injured
remain in hospitals in Timergara and Peshawar.

Police initially said the explosive had been planted under the stage, but the Bajaur district
police officer told reporters on Wednesday that investigators were now examining whether a
suicide bomber had been involved after the remains of an unidentified young man were found
near the entrance of the marquee.

The Islamic State Khorasan Province claimed responsibility on Monday through its news outlet,
saying it had targeted "apostate democrats". The group has carried out several attacks on
political and religious gatherings in the district.

The provincial government has announced compensation of Rs1 million for the family of each of
the deceased, and the party has suspended its public meetings in Bajaur and the neighbouring
Mohmand district until further notice.
""",
  [I("BOMBING", "Sun", "PK502", "Khar bazaar", killed=9, injured=(31, "AT_LEAST"),
     targets=["POLITICAL", "CIVILIANS"], perp="ISKP", status="CLAIMED",
     alt=["SUICIDE_ATTACK"])]),

R("brief", "Capital Observer", "2026-03-21T09:00:00+05:00",
  "CTD holds two TTP suspects near Taxila",
  """
The Counter-Terrorism Department arrested two suspected members of the banned Tehreek-e-Taliban
Pakistan during a raid near Taxila on Friday and recovered explosives and a hand grenade from
their possession, a CTD spokesperson said. The suspects were planning to target a security
installation in Rawalpindi, the spokesperson claimed.
""",
  [I("SECURITY_OPERATION", "Fri", "PK630", "Taxila", targets=["MILITANTS"], perp="TTP",
     status="ATTRIBUTED")]),

R("statement", "Government of Balochistan (DGPR)", "2026-03-26T20:00:00+05:00",
  "Government spokesperson condemns attack on passenger coach near Mangochar",
  """
QUETTA, 26 March: The spokesperson of the Government of Balochistan has strongly condemned the
cowardly attack on a Quetta-bound passenger coach near Mangochar in Kalat district this
morning, in which five innocent passengers lost their lives and seven others were injured.

In a statement issued here, the spokesperson said that terrorists of Fitna al-Hindustan had
opened fire on the coach after stopping it on the National Highway. Personnel of the Levies
and the Frontier Corps responded promptly and, in the ensuing exchange of fire, three of the
attackers were killed.

The injured have been shifted to the Combined Military Hospital Quetta and the District
Headquarters Hospital Kalat, where emergency has been declared. The Chief Minister of
Balochistan has directed the Commissioner Kalat Division to personally supervise the relief
work and has announced financial assistance for the families of the martyred passengers.

"Those who target innocent travellers are the enemies of Balochistan's development and will
meet their fate," the spokesperson said, adding that the Quetta-Karachi highway had been
reopened for traffic by the afternoon and that security on the Surab and Khuzdar stretches had
been enhanced.
""",
  [I("ARMED_ASSAULT", "today", "PK210", "Mangochar", killed=5, injured=7, mk=3,
     targets=["CIVILIANS"], perp="BALOCH_SEPARATISTS", status="ATTRIBUTED")]),

R("landmark", "Kohat Post", "2026-04-03T11:20:00+05:00",
  "Two cops, passerby killed in attack at Kohat Tunnel checkpoint",
  """
KOHAT: Two cops and a passerby were killed when militants attacked a police checkpoint at the
southern mouth of the Kohat Tunnel in the early hours of Friday, police said. A third
policeman was wounded.

According to the police, eight to ten attackers armed with rocket launchers and automatic
rifles opened fire on the checkpoint at around 2am. A motorcyclist who was passing through
the tunnel at the time was hit in the crossfire and died on the way to hospital.

Reinforcements reached the spot within half an hour, after which the militants withdrew
towards the hills. The body of one attacker was found near the tunnel's ventilation shaft at
daybreak. Police suspect the attack was carried out by Jamaat-ul-Ahrar, which has been active
in the hills between Darra Adam Khel and the Orakzai border.

Traffic through the tunnel, which links Peshawar with Kohat and the southern districts on the
Indus Highway, was suspended for three hours.
""",
  [I("ARMED_ASSAULT", "today", "PK514", "Kohat Tunnel", killed=3, injured=1, mk=1,
     targets=["SECURITY_FORCES"], perp="JUA", status="SUSPECTED")]),

R("none", "Sarhad Herald", "2026-04-07T19:45:00+05:00",
  "Apex committee approves new CTD stations for southern districts",
  """
PESHAWAR: The provincial apex committee on Tuesday approved the establishment of
Counter-Terrorism Department police stations in Bannu, Lakki Marwat, Dera Ismail Khan and
Tank, and decided to extend the Safe City project to Mardan and Swat by the end of the year.

The meeting, chaired by the chief minister and attended by the corps commander, the chief
secretary, the inspector general of police and heads of intelligence agencies, reviewed the
overall law and order situation in the province. Participants were told that the police
would recruit 3,000 additional constables for the southern districts and that armoured
vehicles had been ordered for stations along the Indus Highway.

The committee also decided that the repatriation of undocumented foreigners would continue,
that the provincial forensic laboratory would get a new explosives wing, and that families of
martyred policemen would receive their compensation within 30 days. It directed the home
department to present a plan for the merger of the remaining Levies personnel into the police
within two months.
""",
  []),

R("brief", "Sarhad Herald", "2026-04-10T08:05:00+05:00",
  "Mobile tower blown up in Lakki Marwat",
  """
Unidentified militants blew up a mobile phone tower in the Ghazni Khel area of Lakki Marwat
late on Thursday night, cutting off cellular service to several villages, police said. No one
was hurt in the blast.
""",
  [I("INFRASTRUCTURE_ATTACK", "Thu", "PK519", "Ghazni Khel", killed=0, injured=0,
     targets=["INFRASTRUCTURE"], alt=["BOMBING"])]),

R("wire", "Tribal News Desk", "2026-04-14T16:20:00+05:00",
  "Peace committee head, nephew shot dead in Orakzai",
  """
KALAYA, Orakzai - A tribal elder who headed the peace committee of his area was shot dead along
with his nephew on Monday when gunmen ambushed their car in the Mishti Mela area of Orakzai
district, officials said.

The two were returning from a jirga in Kalaya, the district headquarters, when attackers
hiding behind a mud wall opened fire on their vehicle. Both died at the scene, a police
official said.

The Tehreek-e-Taliban Pakistan claimed responsibility in a message to reporters, accusing the
elder of having "sided with the army".

Orakzai, a former tribal agency bordering Khyber, Kurram, Hangu and Kohat, was the scene of
major military operations a decade ago. Peace committees raised by tribal elders during those
years have since become a target for militants returning to the area. Elders in Hangu and
Kurram have asked the government to provide security to committee members.
""",
  [I("TARGETED_KILLING", "Mon", "PK527", "Mishti Mela", killed=2, targets=["CIVILIANS"],
     perp="TTP", status="CLAIMED")]),

R("urdu", "Daily Shamal (English service)", "2026-04-18T07:40:00+05:00",
  "Police foil terrorists' attack on Doaba police station",
  """
HANGU: Terrorists attacked the Doaba police station with rockets and modern weapons late last
night; however, the police personnel foiled the attack with timely and effective retaliation,
due to which the terrorists fled from the scene.

According to the District Police Officer Hangu, no loss of life occurred in the attack, while
the building of the police station was partially damaged. Reinforcements from Hangu city and
Thall reached the spot immediately.

After the incident, a search and strike operation was launched in the surrounding mountains
with the help of law enforcement agencies. The DPO lauded the courage of the jawans and
announced commendation certificates and cash prizes for them.

Notables of the area have also paid tribute to the police for defending the police station
with valour and assured their full cooperation in the maintenance of peace.
""",
  [I("ARMED_ASSAULT", "yday", "PK510", "Doaba police station", killed=0,
     targets=["SECURITY_FORCES"])]),

R("feature", "The Long Form Review", "2026-04-22T09:00:00+05:00",
  "Between Turbat and the sea, a province learns to travel by daylight",
  """
TURBAT, Kech - At the Hoshab junction, where the road from Panjgur meets the M-8 on its way to
Gwadar, a row of tea stalls serves truck drivers who have learned to do their sums in hours of
daylight. Leave Turbat after the dawn prayer, they say, and you can reach Gwadar, Pasni or even
Ormara on the Makran Coastal Highway before dark. Leave after noon and you are gambling.

The gamble went badly for four men last month. Their trucks, loaded with cement for a housing
scheme in Gwadar, were stopped by armed men who had set up a checkpoint of their own on the M-8
a few kilometres short of Hoshab. The drivers and their helpers were made to step down and show
identity cards. The four who were from Punjab were shot dead by the roadside; two local men
were let go. The Balochistan Liberation Front claimed the killings in a statement the next
morning, describing the victims as "agents", a word their families in Rahim Yar Khan and
Khanewal found as bewildering as it was cruel.

Kech district, with its headquarters at Turbat, is the heart of the Makran division, which
also includes Gwadar and Panjgur. It is a region of date orchards, smuggled Iranian fuel and
long silences. Its people have lived with an insurgency in one form or another for two
decades. What has changed, residents say, is the reach of the violence into everyday commerce.

On the 14th of this month, armed men set fire to a mobile phone tower and its generator room
in Gichk, a valley in Panjgur district on the route north towards Washuk and the Rakhshan
division. Nobody was hurt, but the tower had been the only link to the outside world for a
dozen villages. Repair crews have refused to go without an escort, and the Frontier Corps says
it cannot spare one.

Earlier this month, a roadside bomb struck a Frontier Corps water bowser in the Mand area near
the Iranian border, wounding three soldiers. No group has claimed that attack, though officials
in Quetta were quick to blame "Fitna al-Hindustan", the term the state now uses for Baloch
armed separatists.

Life goes on around the violence. In Turbat's main bazaar, shopkeepers complain more about the
electricity than about the insurgents. The university is open and its hostels are full. The
coastal highway, once celebrated as the most beautiful road in the country, still carries
tourists from Karachi to the beaches at Kund Malir and the rock formations of Hingol National
Park, even if the hotels in Ormara are half empty.

Provincial officials in Quetta insist the situation is under control. The chief secretary
told reporters this month that new Levies posts would be built between Turbat and Hoshab, that
the Frontier Corps would resume night patrols on the M-8, and that a safe city project for
Gwadar was nearly complete. He said development spending in the Makran division had doubled in
two years and that the insurgents were "isolated from the people".

Transporters in Karachi, who move much of the freight to Gwadar via Hub and Uthal before
turning onto the coastal highway at Zero Point, say they have heard such promises before.
Insurance premiums on the route have risen by a third since January. Several companies now
refuse to hire drivers from Punjab for the Makran routes at all, which the drivers say amounts
to the insurgents getting what they wanted.

Back at the Hoshab junction, the tea stall owner, who has run his business for eleven years,
keeps a hand-written list of the trucks that passed that morning. He is not paid to do it.
"When someone's family calls asking where he is, at least I can tell them he made it this far,"
he said, and went back to his kettle as the shadows started to lengthen across the road.
""",
  [I("ARMED_ASSAULT", "lastmonth", "PK211", "Hoshab", killed=4, targets=["CIVILIANS"],
     perp="BLF", status="CLAIMED", alt=["TARGETED_KILLING"]),
   I("INFRASTRUCTURE_ATTACK", "2026-04-14", "PK224", "Gichk", killed=0, injured=0,
     targets=["INFRASTRUCTURE"]),
   I("BOMBING", "thismonth", "PK211", "Mand", injured=3, targets=["SECURITY_FORCES"],
     perp="BALOCH_SEPARATISTS", status="ATTRIBUTED")]),

R("statement", "ISPR", "2026-04-27T18:10:00+05:00",
  "Infiltration bid foiled in Zhob, 12 khwarij killed: ISPR",
  """
RAWALPINDI, 27 April 2026: On the night of 25/26 April 2026, security forces observed the
movement of a group of khwarij trying to infiltrate through the Pakistan-Afghanistan border in
the general area of Sambaza, Zhob District.

Own troops effectively engaged and thwarted the infiltration attempt. Resultantly, after an
intense fire exchange, 12 khwarij were sent to hell, while a large quantity of weapons,
ammunition and explosives was recovered from their possession.

Pakistan has consistently been asking the Interim Afghan Government to ensure effective border
management on their side of the border. The Interim Afghan Government is expected to fulfil its
obligations and deny the use of Afghan soil by khwarij for perpetrating acts of terrorism
against Pakistan.

Security forces of Pakistan remain determined to secure the borders of the country and to
eliminate the menace of terrorism.
""",
  [I("SECURITY_OPERATION", "range:2026-04-25:2026-04-26", "PK231", "Sambaza", mk=12,
     targets=["MILITANTS"], perp="TTP", status="ATTRIBUTED", alt=["ARMED_CLASH"])]),
]
