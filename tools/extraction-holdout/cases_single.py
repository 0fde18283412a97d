"""Single-incident reports (fictional incidents in real districts)."""
from common import G, R

CASES = [

R("single", "Dawn", "2026-01-07T07:00:00+05:00",
  "Two policemen martyred in attack on Bannu police post",
  """
BANNU: Two policemen were martyred and three others injured when militants attacked the Mamash Khel police post in Bannu's Baka Khel area late on Tuesday night, police said.

According to a police spokesman, the militants opened fire on the post with heavy and automatic weapons from three directions at around 11pm. The personnel on duty returned fire and the exchange continued for nearly an hour before the attackers fled towards the nearby hills under cover of darkness.

The injured were shifted to the District Headquarters Hospital Bannu, where doctors described the condition of one of them as critical. The bodies of the martyred policemen were handed over to their families after funeral prayers at the Police Lines, which were attended by the regional police officer and the deputy commissioner.

The district police officer told reporters that the attack was carried out by militants of the Hafiz Gul Bahadur group, who he said had been trying to regain a foothold in the area. "Our men fought bravely and did not let the khawarij enter the post," he said.

A search operation was launched in the surrounding villages after the attack. The Khyber Pakhtunkhwa chief minister condemned the incident and sought a report from the inspector general of police in Peshawar.
""",
  [G("ARMED_ASSAULT", "Tue", "PK503", "Mamash Khel police post", killed=2, injured=3,
     targets=["SECURITY_FORCES"], perp="HGB", status="ATTRIBUTED")]),

R("single", "The Express Tribune", "2026-01-12T21:30:00+05:00",
  "Passer-by killed, five hurt in Sariab Road blast",
  """
QUETTA: A passer-by was killed and five people, including three Frontier Corps (FC) personnel, were injured when a bomb planted on a motorcycle went off near an FC vehicle on Quetta's Sariab Road on Monday.

Police said the explosive device, fitted to a motorcycle parked along the roadside near the Sariab Mill stop, was detonated by remote control as the FC vehicle passed by at around 4:30pm. The blast damaged the vehicle and shattered the windows of nearby shops.

The body and the injured were taken to the Civil Hospital Quetta, where an emergency was declared. A hospital spokesperson said two of the injured FC men had suffered shrapnel wounds but were out of danger.

Personnel of the bomb disposal squad told reporters that three to four kilogrammes of explosives had been used.

The banned Baloch Liberation Front claimed responsibility for the attack in a statement sent to the media.

Balochistan's home minister condemned the blast and directed the police to arrest those responsible. "Such cowardly acts cannot weaken the resolve of our forces," he said in a statement issued from Islamabad, where he was attending a meeting.
""",
  [G("BOMBING", "today", "PK226", "Sariab Road", killed=1, injured=5,
     targets=["SECURITY_FORCES"], perp="BLF", status="CLAIMED")]),

R("single", "Geo News", "2026-01-19T15:10:00+05:00",
  "Prayer leader shot dead in Orangi Town",
  """
KARACHI: A prayer leader of a mosque was shot dead by unidentified motorcyclists in Orangi Town on Monday morning, police said.

According to SSP West, the cleric was on his way to the mosque in Sector 11-1/2 for the Fajr prayers when two men riding a motorcycle opened fire on him and fled. He suffered three bullet wounds to his head and chest and died on the spot.

His body was shifted to the Abbasi Shaheed Hospital for medico-legal formalities. Police collected six empties of a 9mm pistol from the scene.

The SSP said initial investigations suggested it was a case of sectarian target killing, and the Counter-Terrorism Department had also been asked to look into it. "We suspect the involvement of the banned Lashkar-e-Jhangvi, which has a history of such killings in this area," he said.

Residents of the area staged a protest after the incident and blocked the main road for some time. The Sindh home minister took notice of the killing and sought a report from the Karachi police chief.
""",
  [G("TARGETED_KILLING", "today", "PK729", "Orangi Town", killed=1,
     targets=["RELIGIOUS", "CIVILIANS"], perp="LEJ", status="SUSPECTED")]),

R("single", "Dawn", "2026-01-26T07:30:00+05:00",
  "Two constables injured in grenade attack on Badaber police station",
  """
PESHAWAR: Two constables were injured when unidentified men hurled a hand grenade at the Badaber police station on the outskirts of the provincial capital on Sunday night.

Police officials said the attackers, who came on foot from the fields behind the police station, threw the grenade over the boundary wall at around 9:45pm. It exploded in the courtyard, injuring the two constables who were on guard duty.

They were taken to the Hayatabad Medical Complex, where their condition was stated to be stable. No loss of life was reported.

The policemen on the rooftop fired in the direction of the attackers, who escaped in the dark. Police later cordoned off the area and searched the nearby localities, but no arrest had been made until the filing of this report.

The Badaber area has seen several attacks on police in recent months. A senior police officer said security around police stations in the suburbs had been beefed up and additional pickets established on the Kohat Road.
""",
  [G("BOMBING", "Sun", "PK528", "Badaber police station", killed=0, injured=2,
     targets=["SECURITY_FORCES"])]),

R("single", "The News", "2026-02-03T08:00:00+05:00",
  "Five killed as suicide bomber hits police checkpost in DI Khan",
  """
DERA ISMAIL KHAN: Four policemen and a passer-by were killed and at least nine others injured when a suicide bomber rammed an explosives-laden vehicle into a police checkpost in Kulachi tehsil of the district on Monday.

Police said the attacker drove a pickup truck towards the checkpost on the Kulachi-Tank road at around 7am and detonated the explosives when the personnel on duty signalled him to stop. The blast destroyed the checkpost and damaged two nearby houses.

Rescue 1122 officials said the injured, among them three policemen and a child, were taken to the District Headquarters Hospital DI Khan. Two of the injured policemen were later referred to the Lady Reading Hospital in Peshawar.

The bomber was killed in the blast and his remains were collected by the bomb disposal unit for DNA profiling, a police official said.

Ittehadul Mujahideen Pakistan, a militant alliance operating in the southern districts, claimed responsibility for the attack.

The regional police officer told reporters that the checkpost had been set up recently to stop the movement of militants from the adjoining areas. He said the martyred policemen had shown exemplary courage.
""",
  [G("SUICIDE_ATTACK", "Mon", "PK509", "Kulachi", killed=5, injured=(9, "AT_LEAST"), mk=1,
     targets=["SECURITY_FORCES"], perp="IMP", status="CLAIMED")]),

R("single", "The Express Tribune", "2026-02-10T09:00:00+05:00",
  "Four construction workers abducted in Lakki Marwat",
  """
LAKKI MARWAT: Armed men abducted four employees of a private construction company from a road project site in Lakki Marwat's Bettani area on Monday, police said.

According to the police, around a dozen armed men arrived at the camp of the company in the afternoon, held the guards at gunpoint and took away an engineer, a surveyor and two labourers. The company's double-cabin vehicle was later found abandoned near a seasonal stream a few kilometres away.

The company was building a road linking the area with the Indus Highway under a provincial government scheme.

A senior police official said a search operation had been launched with the help of the elders of the area. "We suspect the banned Tehreek-i-Taliban Pakistan is behind the kidnapping, as its local commanders have been demanding extortion from contractors," he said.

No group has claimed responsibility for the abduction so far. The contractors' association condemned the incident and announced the suspension of work on government projects in the district until the security of workers was ensured.
""",
  [G("KIDNAPPING", "Mon", "PK519", "Bettani", targets=["CIVILIANS"], perp="TTP",
     status="SUSPECTED")]),

R("single", "Dawn", "2026-02-14T07:00:00+05:00",
  "Gas supply suspended after pipeline blown up in Dera Bugti",
  """
DERA BUGTI: Unidentified men blew up a gas pipeline in the Pir Koh area of Dera Bugti district late on Friday night, suspending the supply of gas to a purification plant.

Levies officials said the miscreants planted explosives under the 12-inch pipeline, which carries gas from the Pir Koh field, and detonated them at around 11:30pm. The blast caused a fire that was brought under control after several hours.

There were no casualties.

A spokesman for the gas company said the supply had been suspended and repair teams had been dispatched to the site from Sui under the security of the Frontier Corps. He said the supply would be restored within two days.

No group claimed responsibility for the sabotage. Gas installations in Dera Bugti and adjoining districts have been targeted by separatist militants in the past.

The deputy commissioner said security around the installations in the district had been tightened and patrolling increased.
""",
  [G("INFRASTRUCTURE_ATTACK", "Fri", "PK204", "Pir Koh", killed=0, injured=0,
     targets=["INFRASTRUCTURE"], alt=["BOMBING"])]),

R("single", "Geo News", "2026-02-21T19:40:00+05:00",
  "Two policemen martyred in Turbat attack",
  """
TURBAT: Two policemen were martyred and another was injured when armed men opened fire on a police mobile van in the Absar area of Turbat on Saturday afternoon.

Police said the personnel were on routine patrol when the assailants, riding motorcycles, intercepted the vehicle and fired indiscriminately before fleeing towards the river bed. The injured constable was shifted to the Teaching Hospital Turbat, from where he was referred to Karachi for further treatment.

The Balochistan government's spokesperson blamed the attack on "terrorists of Fitna al-Hindustan" and said they would not escape the law. "Those who target our police and citizens at the behest of the enemy will be hunted down," she said.

No group had claimed responsibility for the attack until late in the evening.

Police and the FC cordoned off the area and launched a search operation. Funeral prayers for the martyred policemen will be held at the Police Lines Turbat on Sunday.
""",
  [G("ARMED_ASSAULT", "today", "PK211", "Absar", killed=2, injured=1,
     targets=["SECURITY_FORCES"], perp="BALOCH_SEPARATISTS", status="ATTRIBUTED")]),

R("single", "Dawn", "2026-03-02T07:00:00+05:00",
  "CTD official shot dead in Lahore",
  """
LAHORE: An assistant sub-inspector of the Counter-Terrorism Department was shot dead near his house in the Shahdara area on Sunday evening, police said.

The official was returning home on his motorcycle after duty when two men on another motorcycle intercepted him in a narrow street and opened fire. He received multiple bullet wounds and died before he could be taken to hospital. The assailants escaped.

The body was shifted to the Mayo Hospital for autopsy.

A police spokesperson said the deceased had been part of teams that had conducted several operations against militants in the province. Investigators were examining whether the killing was linked to his work or to a personal dispute, the spokesperson added, and CCTV footage from the area had been obtained.

The Punjab inspector general of police took notice and directed the capital city police officer to arrest the killers at the earliest. A case was registered under the Anti-Terrorism Act on the complaint of the victim's brother.
""",
  [G("TARGETED_KILLING", "Sun", "PK617", "Shahdara", killed=1, targets=["SECURITY_FORCES"])]),

R("single", "Dawn", "2026-03-09T07:00:00+05:00",
  "Two passengers killed as gunmen open fire on bus on KKH",
  """
CHILAS: Two passengers were killed and six others injured when gunmen opened fire on a passenger coach on the Karakoram Highway near Chilas in Diamer district on Sunday night.

Police said the coach was travelling from Rawalpindi to Gilgit when armed men hiding behind rocks on the mountainside fired at it at around 10pm. The driver managed to drive the vehicle on to the nearest police check post.

The injured were taken to the Regional Headquarters Hospital Chilas, and two of them, who were in critical condition, were later shifted to Gilgit by road.

A Gilgit-Baltistan government spokesperson said the attackers had been identified and raids were being conducted in the nearby valleys. He did not say who was behind the attack.

Traffic on the highway was suspended for several hours after the incident and resumed on Monday morning under police escort. Transporters demanded that security on the route be improved, saying such incidents were hurting the tourism industry.
""",
  [G("ARMED_ASSAULT", "Sun", "PK302", "Karakoram Highway near Chilas", killed=2, injured=6,
     targets=["CIVILIANS"])]),

R("single", "APP", "2026-03-16T10:15:00+05:00",
  "Attacker killed as police repulse assault on checkpost in Islamabad",
  """
ISLAMABAD: Two policemen were injured and one of the attackers was killed when unidentified men opened fire on a police checkpost in the Tarnol area of the federal capital late on Sunday night, police said.

According to the Islamabad police spokesperson, two armed men riding a motorcycle opened fire on the personnel deployed at the checkpost near the GT Road. The policemen retaliated, killing one of the attackers on the spot, while his accomplice managed to escape taking advantage of the darkness.

The injured policemen were shifted to the Pakistan Institute of Medical Sciences, where they were stated to be out of danger. No loss of life among the police was reported.

A Kalashnikov rifle, two magazines and a hand grenade were recovered from the body of the dead attacker, whose identity was being ascertained.

The inspector general of Islamabad police visited the injured at the hospital and announced cash rewards for the personnel. He said security at all entry and exit points of the capital had been put on high alert.
""",
  [G("ARMED_ASSAULT", "Sun", "PK401", "Tarnol", killed=0, injured=2, mk=1,
     targets=["SECURITY_FORCES"])]),

R("single", "The Express Tribune", "2026-03-24T08:30:00+05:00",
  "At least 11 killed in Bajaur suicide blast at party gathering",
  """
KHAR: At least 11 people, including a local leader of a religious political party, were killed and more than 30 injured when a suicide bomber blew himself up at a party workers' convention in Bajaur's Khar tehsil on Monday.

According to district officials, around 400 people had gathered in a marquee near the Khar bazaar for the convention when the bomber, who had entered the venue with the crowd, detonated his explosives vest near the stage at around 4pm.

Rescue 1122 said the injured were shifted to the District Headquarters Hospital Khar, and 14 of them were later referred to the Lady Reading Hospital and the Combined Military Hospital in Peshawar. Officials feared the death toll could rise as several of the injured were in critical condition.

Police said the bomber, believed to be in his late teens, was also killed and his body parts had been collected for forensic examination.

The Islamic State Khorasan Province claimed responsibility for the attack through its Amaq news agency, saying it had targeted "apostate" politicians.

The prime minister and the Khyber Pakhtunkhwa governor strongly condemned the bombing. The party announced three days of mourning.
""",
  [G("SUICIDE_ATTACK", "Mon", "PK502", "Khar", killed=(11, "AT_LEAST"), injured=(31, "AT_LEAST"),
     mk=1, targets=["POLITICAL", "CIVILIANS"], perp="ISKP", status="CLAIMED")]),

R("single", "Dawn", "2026-04-02T07:00:00+05:00",
  "Train services disrupted after blast damages track near Jacobabad",
  """
JACOBABAD: Train services between Sindh and Balochistan were disrupted after an explosion damaged a portion of the railway track near Jacobabad early on Wednesday.

Railway police said an improvised explosive device had been planted under the track near a level crossing about five kilometres from the Jacobabad railway station. The blast, which took place at around 4am, blew away around two feet of the track and damaged several sleepers.

There were no casualties, as no train was passing at the time of the explosion. The Jaffar Express, which was on its way from Peshawar to Quetta, was stopped at the Shikarpur station for several hours until the track was repaired.

No one has claimed responsibility for the blast so far. A senior police official said nationalist militants had carried out similar attacks on railway tracks in upper Sindh in the past, and their involvement in the latest incident could not be ruled out.

The railway divisional superintendent in Sukkur said the track had been restored by the afternoon and train operations had returned to normal.
""",
  [G("INFRASTRUCTURE_ATTACK", "Wed", "PK707", "railway track", killed=0, injured=0,
     targets=["INFRASTRUCTURE"], alt=["BOMBING"])]),

R("single", "Geo News", "2026-04-08T18:45:00+05:00",
  "Chinese nationals escape unhurt as convoy attacked in Korangi",
  """
KARACHI: Two Chinese nationals escaped unhurt while a private security guard was injured when armed men opened fire on their vehicle in the Korangi Industrial Area on Wednesday, police said. One of the attackers was shot dead by the police escort.

According to SSP Korangi, the foreigners, who work at a textile factory, were being driven from their residence to the factory in a convoy escorted by a police mobile when two men on a motorcycle opened fire near a traffic signal. The escort personnel returned fire, killing one attacker, while the other fled.

No one was killed in the attack. The injured guard was shifted to the Jinnah Postgraduate Medical Centre, where his condition was stated to be stable.

The banned Sindhudesh Revolutionary Army (SRA) claimed responsibility for the attack in a statement circulated on social media.

The Sindh home minister said foreign nationals working in the province were being provided foolproof security and the attack had been foiled due to the timely response of the police. The Chinese consulate was informed about the incident.
""",
  [G("ARMED_ASSAULT", "today", "PK712", "Korangi Industrial Area", killed=0, injured=1, mk=1,
     targets=["FOREIGN_NATIONALS"], perp="SRA", status="CLAIMED")]),

R("single", "The Express Tribune", "2026-04-14T09:00:00+05:00",
  "Three terrorists killed as police foil attack on border post in Taunsa",
  """
DERA GHAZI KHAN: A constable was martyred and three terrorists were killed when police repulsed an attack on a checkpost in Taunsa district near the Khyber Pakhtunkhwa border on Monday night, officials said.

According to a police spokesperson, around a dozen terrorists armed with sophisticated weapons attacked the Lakhani checkpost at around 11pm. The personnel deployed at the post returned fire, and reinforcements from the Counter-Terrorism Department and the Elite Force reached the site within minutes.

Three attackers were killed in the exchange of fire, while the others fled towards the mountains. The martyred constable's body was shifted to the District Headquarters Hospital, Taunsa.

The Punjab CTD said the attackers belonged to Fitna al-Khawarij and had crossed over from Dera Ismail Khan. Weapons, ammunition and a night-vision device were recovered from the bodies.

The Punjab inspector general of police, speaking in Lahore, praised the response of the police and said the checkposts along the provincial boundary had been strengthened with additional personnel and equipment.
""",
  [G("ARMED_ASSAULT", "Mon", "PK694", "Lakhani checkpost", killed=1, mk=3,
     targets=["SECURITY_FORCES"], perp="TTP", status="ATTRIBUTED", any=["PK607"])]),

R("single", "Dawn", "2026-04-21T07:00:00+05:00",
  "Girls' school blown up in North Waziristan",
  """
MIRAMSHAH: Unidentified militants blew up a government girls' primary school in the Datta Khel area of North Waziristan on Monday night, officials said.

According to officials of the education department, the militants planted explosives in the two-room building and detonated them at around 11pm, destroying the classrooms and the boundary wall. There were no casualties as the school was closed at the time.

Around 80 girls were enrolled at the school, which had been reconstructed two years ago after being damaged during the military operation in the area.

The district education officer said arrangements were being made to hold classes in a nearby house so that the studies of the students were not affected.

Local elders condemned the attack and demanded that the government ensure the protection of educational institutions. Several schools in the tribal districts have been targeted by militants over the years.

No group has claimed responsibility for the attack.
""",
  [G("BOMBING", "Mon", "PK525", "Datta Khel", killed=0, injured=0, targets=["EDUCATION"],
     alt=["INFRASTRUCTURE_ATTACK"])]),

R("single", "Dawn", "2026-04-27T07:00:00+05:00",
  "Three passengers abducted after gunmen block highway in Mastung",
  """
MASTUNG: Armed men blocked the Quetta-Karachi highway near Kirdgap in Mastung district on Sunday evening and abducted three passengers, including a government official, after checking their identity cards.

Levies officials said around 20 armed men set up a blockade on the highway at around 6pm and stopped vehicles for nearly two hours. They also set a truck and a trailer on fire before leaving with the three passengers.

The abducted government official, an employee of the provincial irrigation department, was travelling to Quetta with his family, who were allowed to go.

Traffic on the highway remained suspended until late at night. The Levies and FC personnel reached the area after the attackers had left.

A Levies official blamed the banned Balochistan Liberation Army (BLA) for the abduction. "These terrorists have been targeting travellers on the national highways for months," he said.

The provincial government spokesperson said an operation had been launched to recover the abducted men and the culprits would be brought to justice.
""",
  [G("KIDNAPPING", "Sun", "PK220", "Kirdgap", targets=["CIVILIANS", "GOVERNMENT"], perp="BLA",
     status="ATTRIBUTED")]),

R("single", "The Express Tribune", "2026-05-05T20:00:00+05:00",
  "Policeman guarding polio team shot dead in Karak",
  """
KARAK: A policeman deployed for the security of a polio vaccination team was shot dead in the Takht-e-Nasrati area of Karak district on Tuesday, police said.

According to the police, the team was administering polio drops to children door-to-door in a village when two men on a motorcycle opened fire on the constable standing outside a house. He died on the spot, while the vaccinators, two women health workers, remained unhurt.

The body was taken to the Tehsil Headquarters Hospital Takht-e-Nasrati and later sent to his native village.

The provincial health department suspended the vaccination campaign in the union council for two days. Police said no group had claimed responsibility, and an investigation was under way.

The incident took place on the second day of a five-day nationwide polio eradication campaign. Officials of the Emergency Operations Centre in Peshawar said the drive would resume with enhanced security.
""",
  [G("TARGETED_KILLING", "today", "PK512", "Takht-e-Nasrati", killed=1,
     targets=["HEALTH", "SECURITY_FORCES"], alt=["ARMED_ASSAULT"])]),

R("single", "Dawn", "2026-05-12T07:00:00+05:00",
  "Three Levies men martyred in Panjgur roadside blast",
  """
PANJGUR: Three Levies personnel were martyred and two others injured when their vehicle was hit by a roadside bomb in the Gichk area of Panjgur district on Monday.

Officials said the Levies team was on its way to a checkpoint when the improvised explosive device planted on the roadside went off, destroying the vehicle.

The bodies and the injured were shifted to the District Headquarters Hospital Panjgur. The injured were later airlifted to Quetta.

Baloch Raji Aajoi Sangar (BRAS), an alliance of Baloch separatist groups, claimed responsibility for the attack in a message sent to the media.

The deputy commissioner said the Levies personnel had been deployed in the area to protect development works on the road. He said a search operation had been launched.

Funeral prayers for the martyred personnel were offered at the Levies Lines, after which the bodies were sent to their native areas.
""",
  [G("BOMBING", "Mon", "PK224", "Gichk", killed=3, injured=2, targets=["SECURITY_FORCES"],
     perp="BRAS", status="CLAIMED")]),

R("single", "Dawn", "2026-05-19T07:00:00+05:00",
  "Two militants killed in exchange of fire with police in Tank",
  """
TANK: Two militants were killed and a policeman was injured during an exchange of fire in the Gomal area of Tank district on Monday night, police said.

According to the district police officer, a police party on patrol encountered a group of armed men near a seasonal stream and a gun battle ensued that lasted for about two hours. Police officials gave differing accounts of how the clash began, and it was not clear which side had opened fire first.

The injured constable was taken to the District Headquarters Hospital Tank.

The bodies of the two militants were recovered from the site along with two Kalashnikovs, a pistol and hand grenades. Police said the dead men belonged to a local group of the banned TTP that was wanted in several cases of attacks on police in Tank and adjoining districts.

Reinforcements, including personnel of the Counter-Terrorism Department, were sent to the area and a search operation was under way to trace the accomplices who fled.
""",
  [G("ARMED_CLASH", "Mon", "PK533", "Gomal", injured=1, mk=2, targets=["SECURITY_FORCES"],
     perp="TTP", status="ATTRIBUTED", alt=["SECURITY_OPERATION", "ARMED_ASSAULT"])]),

R("single", "APP", "2026-05-26T11:00:00+05:00",
  "Police repulse terrorist attack on Isa Khel police station",
  """
MIANWALI: Police repulsed an attack by terrorists on a police station in Isa Khel tehsil of Mianwali district late on Monday night, officials said.

According to a statement issued by the Punjab police, 10 to 12 terrorists armed with heavy weapons attacked the Isa Khel police station from different directions at around 11:30pm. The police personnel on duty responded swiftly and the terrorists fled towards the Khyber Pakhtunkhwa boundary after facing stiff resistance.

There was no loss of life or injury to any policeman, the statement said.

The Punjab inspector general of police said the attack was carried out by khawarij of Fitna al-Khawarij, who had been trying to infiltrate into Punjab from the adjoining districts of Khyber Pakhtunkhwa. He said the police had foiled several such attempts in Mianwali in recent months.

The chief minister praised the police for their courage and announced commendation certificates and cash prizes for the personnel. A search operation was launched in the surrounding area with the help of the CTD.
""",
  [G("ARMED_ASSAULT", "Mon", "PK621", "Isa Khel police station", killed=0, injured=0,
     targets=["SECURITY_FORCES"], perp="TTP", status="ATTRIBUTED")]),

R("single", "Dawn", "2026-06-02T07:00:00+05:00",
  "Six passengers killed in attack on Kurram convoy",
  """
PARACHINAR: Six passengers were killed and 11 others injured when gunmen opened fire on a convoy of passenger vehicles in the Bagan area of Lower Kurram on Monday.

Officials said the convoy of around 40 vehicles was travelling from Thall to Parachinar under police escort when gunmen positioned on the hills on both sides of the road opened fire. The escort personnel returned fire and the exchange lasted for about an hour.

The injured were taken to the Tehsil Headquarters Hospital in Alizai, from where seven were referred to hospitals in Peshawar.

The Kurram deputy commissioner said the road had been closed to traffic and additional contingents of police and FC had been deployed. A curfew was imposed in the affected areas.

No group claimed responsibility for the attack. The Khyber Pakhtunkhwa government announced compensation for the families of the victims and constituted a committee of elders from both sides to restore peace.

The attack came weeks after a peace agreement was signed between the rival tribes, under which the main road was to be kept open for traffic.
""",
  [G("ARMED_ASSAULT", "Mon", "PK518", "Bagan", killed=6, injured=11, targets=["CIVILIANS"])]),

R("single", "The Express Tribune", "2026-06-09T09:00:00+05:00",
  "Journalist shot dead in Charsadda",
  """
CHARSADDA: A local journalist was shot dead by unidentified gunmen in the Tangi tehsil of Charsadda district yesterday.

Police said the journalist, who worked as a correspondent for an Urdu-language newspaper and a local television channel, was returning home from the press club when he was intercepted by two armed men near a petrol pump. He was hit by five bullets and died on the way to hospital.

Colleagues said he had recently reported on the activities of militants in the area and had received threats on his phone.

The Khyber Union of Journalists condemned the killing, and journalists staged a protest outside the Peshawar Press Club demanding the arrest of the killers. Press freedom organisations also called for a transparent investigation.

The district police officer said a case had been registered and teams had been formed to trace the killers. "We are investigating the case from all angles," he said.
""",
  [G("TARGETED_KILLING", "yday", "PK506", "Tangi", killed=1, targets=["MEDIA"])]),

R("single", "Dawn", "2026-06-16T07:00:00+05:00",
  "Levies sepoy, bank guard killed as militants storm Surab",
  """
SURAB: A Levies sepoy and a private security guard were killed when dozens of armed militants stormed Surab town on Monday, setting government buildings and vehicles on fire and looting a bank.

Officials said the militants entered the town from different directions in the afternoon, took control of the main bazaar and attacked the Levies station, the office of the assistant commissioner and a branch of a bank. They set fire to the assistant commissioner's office and a Levies vehicle before fleeing towards the mountains after about three hours.

The sepoy was killed in the attack on the Levies station, while the guard was shot dead at the bank. Two Levies personnel were also injured. The bodies were shifted to the Rural Health Centre Surab, while the injured were referred to Khuzdar.

The banned BLA claimed responsibility for the attack.

The Kalat commissioner said the FC had been called in and the situation had returned to normal. The Balochistan chief minister, in a statement from Quetta, said the attackers would be brought to justice.
""",
  [G("ARMED_ASSAULT", "Mon", "PK233", "Surab", killed=2, injured=2,
     targets=["SECURITY_FORCES", "GOVERNMENT"], perp="BLA", status="CLAIMED", any=["PK210"])]),

R("single", "Dawn", "2026-06-24T08:00:00+05:00",
  "Policeman martyred in attack on patrol in Darel",
  """
GILGIT: A policeman was martyred and two others were injured when unidentified gunmen ambushed a police patrol in the Darel valley on Tuesday.

Police said the patrol was returning from a remote village where it had gone to serve court summons when it came under fire from the mountains. The policemen returned fire and the attackers fled.

The injured were shifted to the Regional Headquarters Hospital Chilas.

The Gilgit-Baltistan inspector general of police said a combing operation had been launched in the valley, which had witnessed attacks on police in the past. He said the police would not allow anyone to disturb peace in the region.

The GB chief minister condemned the attack and announced compensation for the family of the martyred constable. Funeral prayers were offered at the police lines in Chilas.
""",
  [G("ARMED_ASSAULT", "Tue", "PK311", "Darel", killed=1, injured=2, targets=["SECURITY_FORCES"],
     any=["PK302"])]),

R("single", "The News", "2026-07-01T08:00:00+05:00",
  "Three hurt in blast near Rangers vehicle in Latifabad",
  """
HYDERABAD: Two Rangers personnel and a passer-by were injured when a low-intensity explosive device went off near a Rangers vehicle parked outside a bakery in Latifabad Unit 7 on Tuesday evening.

Police said the device, concealed in a shopping bag placed beside the vehicle, was set off with a timer. The blast damaged the vehicle and a motorcycle parked nearby.

The injured were taken to the Liaquat University Hospital, where doctors said they were out of danger. There was no loss of life.

A senior police official said the bomb disposal squad had estimated that around 500 grams of explosives had been used. He said police suspected the involvement of the banned Sindhudesh Revolutionary Army, which had carried out similar low-intensity attacks on Rangers in Sindh in the past.

The Rangers spokesperson said a joint investigation had been launched and the footage of CCTV cameras installed in the area was being examined.
""",
  [G("BOMBING", "Tue", "PK706", "Latifabad", killed=0, injured=3, targets=["SECURITY_FORCES"],
     perp="SRA", status="SUSPECTED")]),

R("single", "Dawn", "2026-07-14T07:00:00+05:00",
  "Three policemen injured in quadcopter attack on Mir Ali police station",
  """
MIR ALI: Three policemen were injured when militants used a quadcopter to drop explosives on the police station in North Waziristan's Mir Ali on Monday.

Police officials said the drone dropped two mortar shells into the compound of the police station at around 8pm. One of the shells exploded near the barracks, injuring the three constables, while the other failed to explode and was later defused by the bomb disposal squad.

The injured were taken to the Combined Military Hospital in Bannu.

The district police officer said the khawarij had started using quadcopters to target police and security forces installations in the area. He said anti-drone systems were being procured and would be installed at the police stations in the district soon.

It was the third quadcopter attack on police in North Waziristan this month, officials said.
""",
  [G("AIR_STRIKE", "Mon", "PK525", "Mir Ali", injured=3, targets=["SECURITY_FORCES"],
     perp="TTP", status="ATTRIBUTED", alt=["BOMBING"])]),

R("single", "Geo News", "2026-07-21T20:00:00+05:00",
  "Two Coast Guards personnel martyred in Pasni ambush",
  """
GWADAR: Two personnel of the Pakistan Coast Guards were martyred and three others injured when militants ambushed their vehicle near Pasni on Tuesday, officials said.

According to officials, the Coast Guards vehicle was on routine patrol on the coastal highway when militants hiding behind sand dunes opened fire with automatic weapons and a rocket-propelled grenade. The personnel returned fire, forcing the attackers to flee.

The injured were shifted to the GDA Hospital in Gwadar and later to Karachi.

A spokesperson for the Balochistan government said "terrorists of Fitna al-Hindustan" were behind the attack. Hours later, the banned BLA claimed responsibility in a statement issued to the media, claiming to have inflicted heavy losses on the forces.

The provincial home minister said operations against the terrorists would continue until their complete elimination, and directed the authorities to increase patrolling on the coastal highway.
""",
  [G("ARMED_ASSAULT", "today", "PK205", "Pasni", killed=2, injured=3, targets=["SECURITY_FORCES"],
     perp="BLA", status="CLAIMED")]),

R("single", "The News", "2026-08-04T08:00:00+05:00",
  "Peace committee member, driver killed in Swat blast",
  """
MINGORA: A member of the local peace committee and his driver were killed when a remote-controlled bomb hit their vehicle in the Kabal tehsil of Swat district on Monday.

Police said the explosive device had been planted on the roadside and was detonated when the vehicle passed by on its way from the village to Kabal bazaar. Both occupants died on the spot.

The bodies were shifted to the Saidu Group of Teaching Hospitals in Mingora.

The peace committee member had been part of the village defence committees formed to resist militants, his relatives said, and had been receiving threats for months.

No one claimed responsibility for the attack. Residents of the area held a protest, blocking the road and chanting slogans against the government's failure to protect them. The district police officer told the protesters that the perpetrators would be arrested soon.
""",
  [G("BOMBING", "Mon", "PK532", "Kabal", killed=2, targets=["CIVILIANS"],
     alt=["TARGETED_KILLING"])]),

R("single", "Dawn", "2026-08-18T07:00:00+05:00",
  "Two BMP personnel abducted in DG Khan tribal area",
  """
DERA GHAZI KHAN: Unidentified armed men abducted two personnel of the Border Military Police (BMP) from a checkpost in the tribal area of Dera Ghazi Khan district on Monday.

According to officials, around 15 armed men arrived at the checkpost near the boundary with Balochistan in the afternoon, overpowered the personnel on duty and took two of them away along with their weapons. A third sepoy, who was away at the time, informed senior officials.

Officials said the BMP and police had launched a search in the mountainous area, and contacts had been established with tribal elders for the safe recovery of the personnel.

The tribal area of Dera Ghazi Khan borders Balochistan and Khyber Pakhtunkhwa, and officials said militants had recently been using the mountain routes to move between the provinces.

No group claimed responsibility. The commissioner chaired a meeting on the security of the tribal areas, which decided to set up additional checkposts.
""",
  [G("KIDNAPPING", "Mon", "PK607", "tribal area of Dera Ghazi Khan",
     targets=["SECURITY_FORCES"], any=["PK694"])]),
]
