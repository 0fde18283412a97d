# Batch 06: 26 October - 8 November 2026 (incidents D064-D080)

I("D064", "2026-10-26", "KP", "Dera Ismail Khan", "Indus Highway near Yarik", "targeted_killing",
  "Deputy superintendent of police and his guard shot dead when gunmen fired on their vehicle on the Indus Highway near Yarik in the evening.",
  killed=2, perp="Fitna al-Khawarij (attributed by police)")
I("D065", "2026-10-27", "BL", "Quetta", "Vegetable market, Hazarganji", "ied",
  "IED planted in a vegetable crate exploded at the Hazarganji wholesale vegetable market in the early morning; five killed, eighteen injured.",
  killed=5, injured=18, perp="unknown")
I("D066", "2026-10-28", "BL", "Khuzdar", "Khuzdar town", "targeted_killing",
  "Local journalist and press club office-bearer shot dead near his home in Khuzdar.",
  killed=1, perp="unknown")
I("D067", "2026-10-29", "KP", "South Waziristan", "Ladha", "security_operation",
  "Intelligence-based operation near Ladha; five militants killed.",
  militants_killed=5, perp="Fitna al-Khawarij (target of operation)")
I("D068", "2026-10-30", "BL", "Zhob", "N-50 near Mughal Kot", "kidnapping",
  "Two engineers of a highway project abducted by armed men on the N-50 Zhob-D.I. Khan road near Mughal Kot.",
  kidnapped=2, perp="unknown (TTP faction suspected)")
I("D069", "2026-10-31", "BL", "Kachhi", "Dhadar", "armed_assault",
  "Gunmen attacked a Levies check post near Dhadar at night; two Levies personnel killed.",
  killed=2, injured=1, perp="unknown (BLA suspected)")
I("D070", "2026-11-01", "SD", "Shaheed Benazirabad", "railway track near Nawabshah", "infrastructure",
  "Low-intensity explosion on the railway track near Nawabshah as a passenger train passed; two coaches derailed, four passengers injured; SRA claimed.",
  injured=4, perp="Sindhudesh Revolutionary Army", claimed=True)
I("D071", "2026-11-01", "KP", "Peshawar", "Sarband police post", "armed_assault",
  "Militants fired on a police post in Sarband at night; one constable injured, attackers fled.",
  injured=1, perp="unknown")
I("D072", "2026-11-02", "KP", "Lakki Marwat", "Serai Naurang", "ied",
  "Roadside IED struck a police van near Serai Naurang; three policemen killed, two injured.",
  killed=3, injured=2, perp="Fitna al-Khawarij (attributed by police)")
I("D073", "2026-11-03", "BL", "Kech", "Mand", "armed_assault",
  "Attack on an FC post in Mand near the Iranian border; four FC personnel killed; BLF claimed.",
  killed=4, injured=2, perp="BLF", claimed=True)
I("D074", "2026-11-03", "BL", "Gwadar", "Jiwani", "armed_assault",
  "Gunmen fired on a customs vehicle near Jiwani; one customs official killed, one injured.",
  killed=1, injured=1, perp="unknown")
I("D075", "2026-11-04", "KP", "North Waziristan", "Datta Khel", "drone_strike",
  "Drone strike on a compound in Datta Khel; officials said four militants killed, residents said two civilians were also killed; no official statement.",
  killed=2, militants_killed=4, perp="disputed/unclaimed")
I("D076", "2026-11-05", "KP", "Kurram", "Mandori, Lower Kurram", "armed_assault",
  "Goods convoy attacked near Mandori in Lower Kurram; two drivers killed, three trucks set on fire.",
  killed=2, injured=2, perp="unknown")
I("D077", "2026-11-05", "KP", "Mohmand", "Safi tehsil", "infrastructure",
  "Explosives destroyed part of a government girls' middle school building in Safi tehsil at night; no casualties.",
  perp="unknown")
I("D078", "2026-11-06", "BL", "Dera Bugti", "Pir Koh gas field", "armed_assault",
  "Armed men attacked security guards at a gas field installation near Pir Koh; two guards killed.",
  killed=2, injured=1, perp="unknown")
I("D079", "2026-11-07", "KP", "Bajaur", "Loi Mamund", "security_operation",
  "Intelligence-based operation in Loi Mamund; five militants killed.",
  militants_killed=5, perp="Fitna al-Khawarij (target of operation)")
I("D080", "2026-11-07", "BL", "Quetta", "Kuchlak", "security_operation",
  "CTD raid on a hideout in Kuchlak; two militants killed and a would-be suicide bomber arrested; suspects linked to the railway station bombing network.",
  militants_killed=2, perp="BLA (target of operation)")

# ---------------------------------------------------------------- CMC weekly 19-25 Oct
R("Conflict Monitoring Collective", "2026-10-26 12:00", ["D057", "D058", "D059", "D060", "D062", "D063"],
  "Weekly security brief: 19-25 October 2026",
  """Between 19 and 25 October the Collective recorded 20 militant attacks in which 27 people were killed (15 security personnel, 12 civilians) and 40 injured. Security forces reported killing 21 militants.

The deadliest attack was the vehicle-borne suicide attack on a security forces camp at Bakakhel, Bannu, on 25 October, which killed six soldiers and, according to the latest figures, four civilians living next to the camp. It was claimed by Ittehad-ul-Mujahideen Pakistan. This is the second VBIED attack in the Bannu-North Waziristan area in a month.

Other notable incidents: three FC personnel were killed at Khad Koocha, Mastung (19 October); a motorcycle bomb outside a police station in Lyari, Karachi, killed a passer-by (20 October); two soldiers and six militants died in a clash in Tirah (21 October); two Border Military Police personnel were killed in the Dera Ghazi Khan tribal area, a rare attack in Punjab (22 October); and two barbers from Punjab were shot dead in Panjgur in an attack claimed by the BLF (24 October).

The Collective notes that since September, attacks on workers and travellers from Punjab in Balochistan have occurred roughly once a fortnight.""", bg=["D032"])

# ---------------------------------------------------------------- D064 DIK DSP
R("KP Police Media Cell", "2026-10-26 22:15", ["D064"],
  "DSP and gunman embrace shahadat in terrorists' firing on Indus Highway",
  """Dera Ismail Khan: Today in the evening, the Deputy Superintendent of Police along with his gunman was returning to Dera Ismail Khan after official duty when terrorists opened fire on the official vehicle on the Indus Highway near Yarik. As a result of the firing, the DSP and his gunman embraced shahadat.

On receiving information, RPO DIK and DPO DIK reached the spot. The area was cordoned off and a search operation was launched. Blockades have been placed on all entry and exit points.

IGP Khyber Pakhtunkhwa expressed profound grief over the shahadat and directed to arrest the terrorists involved in this cowardly act. The IGP said the DSP was a brave officer who had taken part in several operations against terrorists. The funeral prayers will be offered tomorrow at Police Lines DIK.""")

R("Crescent Wire Service", "2026-10-26 23:00", ["D064"],
  "Senior police officer, guard shot dead in D.I. Khan",
  """DERA ISMAIL KHAN, Oct 26 (CWS): A deputy superintendent of police and his guard were shot dead on Monday evening when gunmen ambushed their vehicle on the Indus Highway in Dera Ismail Khan district, police said.

The officer was returning from duty when attackers fired on his vehicle near Yarik, north of the city, a police spokesperson said. He blamed the banned Tehreek-e-Taliban Pakistan. No group immediately claimed responsibility.""")

R("Frontier Ledger", "2026-10-27 08:20", ["D064"],
  "DIK police officer's killing deepens sense of siege in southern districts",
  """D.I. KHAN: The killing of a deputy superintendent of police and his gunman on the Indus Highway near Yarik on Monday evening has deepened the sense of insecurity among police officers in the southern districts, where attacks on police stations, check posts and patrols have become an almost daily occurrence.

According to police, the attackers were waiting on the roadside and fired at the vehicle from two sides. The officer's driver survived by ducking under the dashboard and drove the vehicle to the nearest police post. The officer and his guard were declared dead on arrival at the DHQ Hospital.

The DSP had previously served in Tank and Lakki Marwat and had led several operations against militants, colleagues said. His funeral prayers were to be held at Police Lines on Tuesday.

The Indus Highway between D.I. Khan and Bannu has witnessed several attacks on police and security forces this year. Police officials said they had been instructed to avoid travelling on the highway after dark in single vehicles.""")

# ---------------------------------------------------------------- D065 Quetta Hazarganji market
R("Sapphire News 24", "2026-10-27 07:40", ["D065"],
  "Explosion at Hazarganji vegetable market in Quetta",
  """An explosion has occurred at the wholesale vegetable market in Hazarganji, Quetta, this morning. According to rescue sources, at least four people have been killed and more than a dozen injured. The market was crowded with traders and labourers at the time of the blast.

The injured are being shifted to the Civil Hospital and the Bolan Medical Complex. Police and FC have cordoned off the area. The nature of the explosion is not yet clear.""")

R("Crescent Wire Service", "2026-10-27 11:30", ["D065"],
  "Five killed in bomb blast at Quetta vegetable market",
  """QUETTA, Oct 27 (CWS): A bomb hidden in a crate of vegetables exploded at a crowded wholesale market on the outskirts of Quetta on Tuesday morning, killing five people and wounding 18, police said.

The blast occurred at around 6:45am at the vegetable market in Hazarganji, when hundreds of traders and labourers were present for the morning auction, a police official said. Most of the victims were labourers.

No group claimed responsibility. Quetta has been on high alert since a suicide bombing at the city's railway station in September killed 29 people.""", bg=["D011"])

R("Balochistan Home Department Statement Desk", "2026-10-27 13:15", ["D065"],
  "Government spokesperson on Hazarganji blast",
  """The Government of Balochistan spokesperson has said that five persons were martyred and eighteen injured in the blast at the vegetable market in Hazarganji this morning. Among the martyred are three labourers and two traders. Three of the injured are in critical condition at the Trauma Centre of the Civil Hospital.

The spokesperson said that according to the initial investigation, the explosive material was concealed in a vegetable crate that was brought to the market on a pickup. The CTD has taken over the investigation and important evidence has been collected from the site.

The Chief Minister has strongly condemned the blast, saying that those who target poor labourers are enemies of humanity. He directed that the best possible treatment be provided to the injured and announced compensation for the families of the martyred.""")

R("Quetta Evening Post", "2026-10-27 17:30", ["D065"],
  "Hazarganji market blast kills five labourers and traders",
  """QUETTA: Five people were killed and 18 others injured when a bomb concealed in a crate of vegetables went off at the wholesale vegetable market in Hazarganji on Tuesday morning.

Eyewitnesses said the market was packed with labourers, commission agents and buyers from across the city when the blast occurred near the auction platform. "There was smoke everywhere and people were lying among the tomatoes and onions," said a labourer who was injured in the arm. The market was closed for the rest of the day.

Police said the crate had been unloaded from a pickup that came from the direction of the Quetta-Karachi road before dawn. The pickup driver has been taken into custody for questioning. Traders' associations announced a strike on Wednesday and demanded security at the market.

Hazarganji has been the site of several deadly attacks in the past. Tuesday's blast is the second major attack in Quetta in less than two months, after the railway station suicide bombing in September.""", bg=["D011"])

# ---------------------------------------------------------------- D066 Khuzdar journalist
R("Quetta Evening Post", "2026-10-28 18:10", ["D066"],
  "Journalist shot dead in Khuzdar",
  """KHUZDAR: A local journalist who was also an office-bearer of the Khuzdar Press Club was shot dead by unidentified gunmen near his house on Wednesday evening, police said.

According to police, the journalist was returning home on his motorcycle when two men on another motorcycle opened fire on him. He was taken to the Khuzdar Teaching Hospital but succumbed to his injuries. Police said the motive was not yet known.

The journalist had worked for several newspapers and a television channel as a district correspondent for more than a decade. Journalists in Khuzdar staged a protest outside the press club and demanded the immediate arrest of the killers.""")

R("Indus Daily Monitor", "2026-10-29 20:45", ["D066"],
  "Journalists' bodies condemn Khuzdar killing, demand protection",
  """ISLAMABAD: National journalists' organisations on Thursday condemned the killing of a journalist in Khuzdar and demanded that the Balochistan government arrest the killers and put in place a protection mechanism for reporters working in conflict-affected districts.

The journalist, an office-bearer of the Khuzdar Press Club, was shot dead near his home on Wednesday evening. Colleagues said he had reported on local issues including land disputes, tribal feuds and the law and order situation, and had received threats in the past, though they did not know from whom.

Press freedom groups say Balochistan and Khyber Pakhtunkhwa are among the most dangerous places in the country to work as a journalist, with reporters caught between militants, tribal and criminal groups and pressure from authorities. Few cases of killings of journalists have resulted in convictions.

Police in Khuzdar said a special team had been formed and that the investigation was focusing on the journalist's recent work and on personal disputes.""")

# ---------------------------------------------------------------- Balochistan Assembly (no incident)
R("Quetta Evening Post", "2026-10-29 19:30", [],
  "Assembly debates law and order; opposition walks out",
  """QUETTA: The Balochistan Assembly on Thursday held a debate on the law and order situation in the province, during which opposition members accused the government of failing to protect citizens and staged a walkout when the home minister was winding up the debate.

Opposition legislators said that highways had become unsafe, mobile internet remained suspended for weeks in several districts and the families of missing persons were still waiting for answers. A member from Makran division said traders in Turbat and Panjgur were being forced to pay extortion to armed groups while the administration looked the other way.

Treasury members defended the government's performance, saying that the Levies and police had been strengthened and that the security forces had foiled many attacks. The home minister said the government was ready to talk to anyone who renounced violence, but would not accept the killing of labourers, travellers and security personnel. The house later passed a resolution paying tribute to the martyrs of the Quetta railway station and Hazarganji attacks.""", bg=["D011", "D065"])

# ---------------------------------------------------------------- D067 Ladha IBO
R("Armed Forces Media Directorate", "2026-10-29 18:50", ["D067"],
  "Five khawarij neutralised in South Waziristan",
  """On 29 October 2026, security forces conducted an intelligence based operation in the general area of Ladha, South Waziristan District, on reported presence of khawarij.

During the conduct of the operation, own troops effectively engaged the khawarij location and, as a result, five khawarij were neutralised. Weapons and ammunition were also recovered from the killed khawarij, who remained actively involved in numerous terrorist activities in the area.

Sanitisation operation is being carried out to eliminate any other kharji found in the area. Security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.""")

# ---------------------------------------------------------------- Foreign Office (no incident)
R("Crescent Wire Service", "2026-10-30 16:20", [],
  "Pakistan summons Afghan envoy over cross-border militancy",
  """ISLAMABAD, Oct 30 (CWS): Pakistan on Friday summoned a senior Afghan diplomat to lodge a strong protest over what it called the continued use of Afghan territory by militants for attacks inside Pakistan, the foreign ministry said.

The Afghan side was told that Pakistan expected the Afghan interim government to take "concrete and verifiable" action against militant groups, a ministry spokesperson said at the weekly briefing. She cited recent suicide attacks on security forces in Bannu and North Waziristan, which officials say were planned in Afghanistan.

The Afghan Taliban government denies allowing militants to operate from its soil. Relations between the neighbours have been strained over the issue, with periodic closures of border crossings and occasional clashes.""", bg=["D063", "D032"])

# ---------------------------------------------------------------- JTAC railway threat (no incident)
R("Joint Threat Assessment Cell", "2026-10-30 18:45", [],
  "Threat alert: railway infrastructure, Sindh and Balochistan",
  """Reporting indicates that armed groups active in Sindh and Balochistan intend to carry out attacks on railway tracks and trains in the coming weeks. Sindhi nationalist militants have reportedly acquired low-grade explosives for use against tracks in the Nawabshah-Rohri and Kotri sections, while Baloch separatist groups continue to plan attacks on the Bolan and Sibi-Jacobabad sections.

The likely modus operandi is explosives placed under the track with timers or pressure devices, intended to derail trains. Past incidents in the Bolan section have included a second device aimed at first responders.

Pakistan Railways police, district police and FC are requested to intensify patrolling of vulnerable sections, especially at night and before the passage of passenger trains, and to examine culverts and bridges. Any suspicious object on or near the track to be reported immediately.""", marking="AMBER", hint="TA", bg=["D017"])

# ---------------------------------------------------------------- D068 Zhob kidnapping
R("Quetta Evening Post", "2026-10-31 12:30", ["D068"],
  "Two highway project engineers abducted near Zhob",
  """ZHOB: Two engineers working on the upgrading of the Zhob-Dera Ismail Khan road were abducted by armed men near Mughal Kot on Friday afternoon, officials said.

Levies officials said the engineers were inspecting a section of the road when armed men arrived in a vehicle, took them away at gunpoint and drove towards the mountains bordering South Waziristan. Their driver and a labourer were left behind.

The deputy commissioner Zhob said Levies and FC had launched a search and contact had been established with local elders. Work on the road has been suspended. The N-50 highway links Balochistan with Khyber Pakhtunkhwa and has seen several kidnappings for ransom in recent years.""")

R("Crescent Wire Service", "2026-10-31 15:40", ["D068"],
  "Two engineers kidnapped on Balochistan highway project",
  """QUETTA, Oct 31 (CWS): Gunmen abducted two engineers working on a highway project in Zhob district of Balochistan on Friday, officials said.

The engineers were taken near Mughal Kot on the N-50 highway, which connects Zhob with Dera Ismail Khan. No group claimed responsibility. Officials suspect militants affiliated with the Pakistani Taliban, who have kidnapped workers in the area for ransom. Work on the section of the road where the engineers were taken has been halted, a project official said.""")

# ---------------------------------------------------------------- D069 Dhadar
R("Quetta Evening Post", "2026-11-01 13:20", ["D069"],
  "Two Levies men martyred in attack on Dhadar check post",
  """DHADAR: Two personnel of the Levies Force were martyred and another was injured when unidentified armed men attacked a Levies check post near Dhadar in Bolan district late on Saturday night.

According to Levies officials, the attackers fired at the check post with automatic weapons and fled before reinforcements arrived. The injured sepoy was shifted to the Civil Hospital in Sibi. Funeral prayers of the martyred personnel were held in Dhadar on Sunday.

Kachhi district, commonly known as Bolan, has witnessed repeated attacks on Levies, FC and the railway line in recent months.""", bg=["D017"])

R("CTD Balochistan Operations Desk", "2026-11-01 18:00", ["D069"],
  "Attack on Levies check post near Dhadar, District Kachhi",
  """On 31-10-2026 at approx 2320 hrs, unknown armed men (est. 6-8) attacked the Levies check post on the Dhadar-Sibi road approx 4 km from Dhadar town with automatic weapons. Two Levies sepoys martyred, one injured. Attackers withdrew towards the Bolan river bed. No claim so far; BLA suspected given activity in the area.

Empties of 7.62mm (approx 60) recovered. The post was manned by three personnel without a perimeter wall. Recommended: merger of isolated Levies posts in the area or reinforcement with FC.""", marking="GREEN")

# ---------------------------------------------------------------- D070 Nawabshah railway
R("Sapphire News 24", "2026-11-01 15:20", ["D070"],
  "Explosion on railway track near Nawabshah, two coaches derailed",
  """An explosion has taken place on the railway track near Nawabshah when a passenger train was passing. Two coaches of the train have derailed and some passengers are reported injured.

According to railway sources, the train was on its way from Karachi to the north. The injured have been shifted to the Peoples Medical College Hospital Nawabshah. Railway police and district police have reached the spot. Train traffic on the main line has been suspended.""")

R("Crescent Wire Service", "2026-11-01 18:30", ["D070"],
  "Four hurt as blast derails train coaches in Sindh; separatists claim",
  """HYDERABAD, Nov 1 (CWS): Four passengers were injured on Sunday when an explosion on a railway track near the city of Nawabshah in Sindh province derailed two coaches of a passenger train, officials said.

The blast was of low intensity, a railway police official said, and the train was moving at reduced speed near the station. The banned Sindhudesh Revolutionary Army, a small separatist group, claimed responsibility. Traffic on the main line between Karachi and Punjab was restored after about eight hours.""")

R("Indus Daily Monitor", "2026-11-02 08:40", ["D070"],
  "Shaheed Benazirabad track blast: Sindhi militants resurface",
  """HYDERABAD: Sunday's explosion on the main railway line near Nawabshah in Shaheed Benazirabad district, which derailed two coaches of a passenger train and injured four people, is the most serious attack claimed by Sindhi separatist militants in more than a year.

Railway officials said about two feet of track had been damaged by a small explosive device, apparently fitted with a timer. The train's driver had slowed down as the train approached the station, which probably prevented a more serious accident. The injured passengers were treated at a hospital in Nawabshah and discharged.

The banned Sindhudesh Revolutionary Army claimed the attack. The group has in the past carried out small bomb attacks on railway tracks, gas pipelines and, in a few cases, Chinese nationals, usually causing little damage. Police officials said they were investigating possible links between Sindhi groups and Baloch separatists, who have attacked railway lines in Balochistan several times this year.

Traffic on the main line, which links Karachi with Punjab, was suspended for around eight hours.""")

# ---------------------------------------------------------------- D071 Peshawar Sarband
R("KP Police Media Cell", "2026-11-02 09:15", ["D071"],
  "Terrorists' attack on police post in Sarband repulsed",
  """Peshawar: During the night between 1st and 2nd November, terrorists opened fire on a police post in the limits of Police Station Sarband. The police jawans present at the post responded immediately and the terrorists fled away. During the exchange of fire, one police constable received injuries and was shifted to hospital, where his condition is stated to be out of danger.

SP Saddar along with heavy contingent of police and SWAT personnel reached the spot and the area was cordoned off. A search operation is in progress. CCPO Peshawar said that the police are fully alert and the terrorists will not be allowed to disturb the peace of the provincial capital.""")

# ---------------------------------------------------------------- CTD passing out (no incident)
R("KP Police Media Cell", "2026-11-02 16:40", [],
  "Passing out parade of CTD special combat course held in Nowshera",
  """Nowshera: The passing out parade of the special combat course of Counter Terrorism Department Khyber Pakhtunkhwa was held at the Police Training School Nowshera. The Inspector General of Police Khyber Pakhtunkhwa was the chief guest.

A total of 240 officers and jawans completed the 16-week course, which included training in urban operations, intelligence-based operations, handling of explosive devices, counter-drone procedures and first aid. The passing out personnel presented a demonstration of hostage rescue and raid on a hideout.

Addressing the parade, the IGP said that the newly trained personnel will be posted to the southern districts and the merged districts where the threat of terrorism is highest. He said that KP Police is being equipped with modern weapons and technology, and that the province's police had always stood as a wall against terrorism. He distributed prizes among the position holders of the course.""")

# ---------------------------------------------------------------- D072 Serai Naurang
R("KP Police Media Cell", "2026-11-02 12:50", ["D072"],
  "Three police jawans martyred in IED blast near Serai Naurang",
  """Lakki Marwat: Today at about 1030 hours, a police mobile of Police Station Naurang was on patrol duty when an IED planted by khawarij exploded near the vehicle. As a result, three police jawans embraced shahadat while two were injured and shifted to the hospital.

DPO Lakki Marwat along with heavy contingents of police reached the spot. The area was cordoned off and a search operation was launched. BDU collected evidence from the site.

The IGP Khyber Pakhtunkhwa strongly condemned the incident and said that the sacrifices of Lakki police will not go in vain and the khawarij will be dealt with an iron hand.""")

R("Crescent Wire Service", "2026-11-02 15:25", ["D072"],
  "Three police killed by roadside bomb in northwest Pakistan",
  """LAKKI MARWAT, Nov 2 (CWS): A roadside bomb killed three policemen and wounded two others in Lakki Marwat district on Monday, police said.

The bomb exploded near a police vehicle on patrol near Serai Naurang, a police official said. No group immediately claimed responsibility. It was the second deadly roadside bombing targeting police in Lakki Marwat in two months. The district, which borders Bannu, has become one of the main theatres of the Pakistani Taliban's campaign against the police.""", bg=["D013"])

R("Frontier Ledger", "2026-11-03 08:30", ["D072", "D050"],
  "Lakki police mourn three more; abducted engineers still missing",
  """LAKKI MARWAT: The funeral prayers of three policemen martyred in a roadside bomb blast near Serai Naurang on Monday were offered at Police Lines Lakki, while the families of two engineers and a driver abducted in the district last month continued to wait for news of their loved ones.

Police said Monday's bomb had been planted under a culvert on the road between Naurang and the Pezu turn and detonated by remote control. It was the latest in a series of IED attacks on police in the district, including one in Tajori in September that killed three policemen.

The two engineers and a driver of an oil and gas exploration contractor were abducted near Pezu on October 12. A police official said that contact had been made with the abductors through intermediaries, but declined to give details. Relatives of one of the engineers staged a protest outside the Lakki press club on Monday, urging the government to secure their release.""", bg=["D013"])

# ---------------------------------------------------------------- D021 follow-up (arrests)
R("Metro Karachi Times", "2026-11-03 10:15", ["D021"],
  "CTD arrests two suspects in killing of Gulshan prayer leader",
  """KARACHI: The Counter Terrorism Department said on Monday it had arrested two suspects allegedly involved in the killing of a prayer leader in Gulshan-e-Iqbal Block 13 in September.

A CTD official told reporters that the suspects were arrested in a raid in the Sohrab Goth area and that a 30-bore pistol recovered from them had matched the empties found at the crime scene. He alleged that the suspects belonged to a banned sectarian outfit and had been tasked by a handler based abroad to target religious figures of a rival sect in the city.

The cleric was shot dead by two men on a motorcycle after leading Isha prayers on the night of September 16. The CTD official said the suspects had also been involved in the reconnaissance of other potential targets. They were produced before an anti-terrorism court, which remanded them in CTD custody for 14 days.""")

# ---------------------------------------------------------------- D073 / D074 Kech, Gwadar same day
R("Armed Forces Media Directorate", "2026-11-03 21:00", ["D073"],
  "Four soldiers embrace shahadat in terrorists' attack in Mand, Kech",
  """On 3 November 2026, terrorists of Fitna al-Hindustan attacked a security forces post in the general area of Mand, Kech District, close to the Pakistan-Iran border. The troops responded effectively and repulsed the attack. During the intense exchange of fire, four brave soldiers embraced shahadat while two were injured.

A clearance operation is being carried out in the area. Security forces of Pakistan are resolved to secure the borders and to eliminate terrorists who are bent upon sabotaging the peace of Balochistan at the behest of their foreign masters.""")

R("Quetta Evening Post", "2026-11-04 16:00", ["D073", "D074"],
  "Four FC men martyred in Mand; customs official killed near Jiwani",
  """TURBAT/GWADAR: Four Frontier Corps personnel were martyred and two were injured in an attack on their post in Mand, near the Iranian border in Kech district, on Tuesday. The banned BLF claimed responsibility.

Local sources said the attack began in the afternoon and continued for about an hour. The injured soldiers were airlifted to Turbat.

Meanwhile in Gwadar district, a customs official was killed and his colleague injured when unidentified men opened fire on their vehicle near Jiwani on Tuesday evening. Customs officials said the two were returning from an anti-smuggling duty near the border. The motive could not be immediately ascertained; officials said both smuggling gangs and militant groups were active in the area.

Mobile internet service remained suspended in Mand and Jiwani on Wednesday.""")

# ---------------------------------------------------------------- D075 Datta Khel drone strike
R("Waziristan Awaz Citizen Page", "2026-11-04 09:40", ["D075"],
  "Drone strike on house in Datta Khel, casualties",
  """Last night around 2am a drone strike hit a compound in a village of Datta Khel. People of the area say six people have been killed. Some people say the compound was used by militants but others say a family was also living there and a woman and her son are among the dead.

The bodies were taken out from the rubble in the morning. Nobody has taken responsibility for the strike. People are asking who did it and why innocent people were not warned. Elders will meet today in Datta Khel.""")

R("Frontier Ledger", "2026-11-05 08:15", ["D075"],
  "Conflicting claims over Datta Khel drone strike",
  """MIRANSHAH: Conflicting claims emerged on Wednesday about a drone strike on a compound in Datta Khel tehsil of North Waziristan in the early hours, which residents said killed six people, including a woman and a teenage boy.

Security officials, speaking on condition of anonymity, said four militants, including a local commander of the TTP, had been killed in the strike and that the compound was a militant hideout. They did not say who carried out the strike. There was no official statement.

Residents said a family lived in part of the compound and that the woman and her son were killed when the roof collapsed. A jirga of Datta Khel elders demanded an inquiry and compensation. The Frontier Ledger could not independently verify the claims, as access to the area is restricted.

This is the second contested strike in the district in two months. In September, two children were killed when explosives were dropped from a quadcopter on a house near Miranshah.""", bg=["D022"])

# ---------------------------------------------------------------- D076 Kurram convoy, D077 Mohmand school
R("Frontier Ledger", "2026-11-05 17:45", ["D076"],
  "Two drivers killed as goods convoy attacked in Lower Kurram",
  """PARACHINAR: Two truck drivers were killed and two others injured when unidentified gunmen attacked a convoy of goods vehicles near Mandori in Lower Kurram on Thursday, officials said. Three trucks carrying food items were set on fire.

The convoy was travelling from Thall to Parachinar under the escort of police and FC when it came under fire from the hills. Officials said the escort returned fire and the attackers fled. The injured were shifted to the Thall hospital.

Traders in Parachinar said the attack would again disrupt supplies of food and medicines to Upper Kurram, where shortages have been reported repeatedly when the road is closed. The district administration suspended the movement of convoys for two days.""")

R("KP Police Media Cell", "2026-11-06 10:20", ["D076"],
  "Kurram police register case over attack on goods convoy",
  """Kurram: On 05.11.2026, unknown accused opened fire on a goods convoy near Mandori within the limits of Police Station Sadda. As a result, two drivers died and two other drivers got injured. The accused also set three trucks on fire. The police and FC escort retaliated and the accused fled away.

DPO Kurram reached the spot. The area was cordoned off and a search operation was launched in the nearby heights. A case under the relevant sections of law and the ATA has been registered. Convoy movement has been temporarily suspended and will be resumed after clearance of the route.""")

R("Frontier Ledger", "2026-11-06 19:10", ["D077"],
  "Girls' school blown up in Mohmand",
  """GHALLANAI: Unidentified miscreants blew up part of a government girls' middle school in Safi tehsil of Mohmand district on Thursday night, education officials said.

The explosives destroyed two classrooms and the boundary wall of the school, which had around 180 students. No one was hurt as the building was empty at the time. The district education officer said classes would be shifted temporarily to a nearby community hall.

Local elders condemned the attack and said that girls' education in the area had been improving in recent years. Police registered a case and said they were investigating. Attacks on schools, particularly girls' schools, were common in Mohmand and other tribal districts during the years of militancy but had become rare recently.""")

# ---------------------------------------------------------------- D078 Dera Bugti
R("Quetta Evening Post", "2026-11-06 17:20", ["D078"],
  "Two security guards killed in attack on gas field installation",
  """DERA BUGTI: Two private security guards were killed and another was injured when armed men attacked a gas field installation in the Pir Koh area of Dera Bugti district on Friday, Levies officials said.

The attackers fired at the guards at the gate of the installation and fled before FC personnel stationed nearby arrived. The guards were employed by a private company providing security to the gas field. Gas production was not affected, officials said.

No group claimed responsibility. A gas pipeline in the same area was blown up in September.""", bg=["D009"])

R("Crescent Wire Service", "2026-11-07 10:00", ["D078"],
  "Gunmen kill two guards at Balochistan gas field",
  """QUETTA, Nov 7 (CWS): Gunmen killed two security guards at a gas field in Dera Bugti district of Balochistan on Friday, officials said.

The guards were shot at the gate of the installation in the Pir Koh area, a Levies official said. A third guard was wounded. The attackers escaped. Gas installations in the district have been repeatedly attacked by separatist militants. Production at the field was not affected, the official said, adding that FC personnel had been deployed at the gate.""")

# ---------------------------------------------------------------- D079 Bajaur IBO, D080 Kuchlak raid
R("Armed Forces Media Directorate", "2026-11-07 19:40", ["D079"],
  "Five khawarij neutralised in Bajaur",
  """On 7 November 2026, security forces conducted an intelligence based operation in the general area of Loi Mamund, Bajaur District, on reported presence of khawarij. During the conduct of the operation, own troops effectively engaged the khawarij location and, after an intense exchange of fire, five khawarij were neutralised.

Weapons, ammunition and explosives were recovered from the killed khawarij, who remained actively involved in numerous terrorist activities in the area, including the blast in Khar bazaar last month in which innocent civilians, including children, were martyred. Sanitisation operation is being carried out in the area.""", bg=["D049"])

R("CTD Balochistan Operations Desk", "2026-11-08 09:30", ["D080"],
  "Kuchlak raid: two terrorists killed, would-be suicide bomber arrested",
  """On the night of 07/08 November 2026, CTD Quetta, on credible intelligence, raided a compound in the Kuchlak area, District Quetta, being used as a hideout by terrorists of Fitna al-Hindustan. On the approach of the team, the terrorists opened fire. In the exchange of fire, two terrorists were killed, while one was arrested in injured condition.

Recovered: one suicide jacket (approx 7 kg), 2 x Kalashnikov, 4 x hand grenades, detonators and a motorcycle. Preliminary interrogation of the arrested individual indicates that he was being prepared as a suicide bomber and that the network is the same that planned and executed the Quetta railway station attack of 09-09-2026 and was planning a further attack in Quetta.

The arrested individual has been shifted to hospital under guard. Information about the arrest is not to be released to media pending follow-up actions.""", marking="AMBER+STRICT", bg=["D011"])

R("Quetta Evening Post", "2026-11-08 17:10", ["D080"],
  "CTD says two militants killed in Kuchlak raid",
  """QUETTA: The Counter Terrorism Department said on Sunday that two militants of a banned separatist organisation were killed in a raid on a hideout in Kuchlak on the outskirts of Quetta on Saturday night.

A CTD spokesperson said the militants opened fire when the team approached the compound and were killed in the retaliatory fire. Weapons, hand grenades and explosive material were recovered, he said. He did not give further details, saying that follow-up operations were in progress.

Residents of the area said that the exchange of fire lasted around 30 minutes. Security has been tightened in Quetta since the railway station bombing in September and the Hazarganji market blast last month.""", bg=["D011", "D065"])
