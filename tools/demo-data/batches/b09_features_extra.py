# Batch 09: extra incidents outside the main belts (D118-D120) and long-form
# features / follow-ups / assessments spread over the whole period.

I("D118", "2026-11-05", "ICT", "Islamabad", "Tarnol", "security_operation",
  "Islamabad police and CTD intercepted two suspects near Tarnol; one suspected militant killed, one arrested with a suicide vest, a constable injured.",
  injured=1, militants_killed=1, perp="TTP (target of operation)")
I("D119", "2026-10-14", "KP", "Lower Chitral", "Arandu, Pak-Afghan border", "armed_assault",
  "Militants crossing from Afghanistan attacked border posts near Arandu; two soldiers and nine attackers killed.",
  killed=2, injured=3, militants_killed=9, perp="Fitna al-Khawarij (attributed by military)")
I("D120", "2026-11-11", "KP", "Kohat", "Kohat Tunnel police post, Darra Adam Khel", "armed_assault",
  "Militants fired on the police post at the southern end of the Kohat Tunnel at night; one policeman killed, one injured.",
  killed=1, injured=1, perp="Fitna al-Khawarij (attributed by police)")

# ---------------------------------------------------------------- D119 Chitral
R("Armed Forces Media Directorate", "2026-10-14 21:10", ["D119"],
  "Khawarij attack on border posts in Chitral repulsed; nine khawarij neutralised",
  """In the early hours of 14 October 2026, a large group of khawarij attempted to attack security forces border posts in the general area of Arandu, Lower Chitral District, from across the Pakistan-Afghanistan border.

The attack was effectively repulsed by own troops, who engaged the khawarij with precision. As a result, nine khawarij were neutralised and several were injured. During the intense exchange of fire, two brave soldiers, having fought gallantly, embraced shahadat, while three were injured.

The khawarij used Afghan soil for the attack. Pakistan expects the Interim Afghan Government to fulfil its obligations and deny the use of its soil to khawarij for perpetrating acts of terrorism against Pakistan. The security forces of Pakistan remain determined to secure the borders of the country.""")

R("Frontier Ledger", "2026-10-15 08:55", ["D119"],
  "Two soldiers martyred as militants attack Arandu border posts",
  """CHITRAL: Two soldiers were martyred and nine militants killed when a large group of militants attacked border posts in the Arandu area of Lower Chitral in the early hours of Wednesday, the military said.

Residents of Arandu and nearby villages said they heard heavy firing and explosions from about 3am until after sunrise. Shops in Arandu bazaar remained closed and the road to Drosh was briefly blocked. Local elders said it was the most serious attack in the valley since militants crossed into Chitral in large numbers two years ago.

Chitral, known for its tourism, has been largely peaceful, but its long mountainous border with Afghanistan's Kunar and Nuristan provinces has been used by militants to launch attacks on border posts.""")

# ---------------------------------------------------------------- D118 Islamabad
R("Crescent Wire Service", "2026-11-05 22:10", ["D118"],
  "Suspected militant killed, another held with suicide vest in Islamabad",
  """ISLAMABAD, Nov 5 (CWS): Police in Islamabad killed a suspected militant and arrested another who was carrying a suicide vest after the two opened fire at a checkpoint near Tarnol on the outskirts of the capital on Thursday evening, officials said.

A police spokesperson said the suspects were travelling on a motorcycle from the direction of the motorway when they were signalled to stop. One of them opened fire, injuring a constable, and was killed in the return fire. The second man was overpowered and a suicide vest was found under his jacket.

The spokesperson said the suspects were believed to be members of the banned TTP and may have been planning an attack in the capital. The injured constable was taken to hospital and was stable.""")

R("Indus Daily Monitor", "2026-11-06 21:40", ["D118"],
  "Capital on alert after would-be bomber held at Tarnol",
  """ISLAMABAD: Security was tightened across Islamabad on Friday, a day after police killed a suspected militant and arrested a would-be suicide bomber at a checkpoint near Tarnol on the capital's western edge.

Officials said the arrested man, believed to be in his early twenties, had told interrogators that he had been brought to the twin cities from the tribal districts and that his target was a government building, though police said his statement was still being verified. The vest he was wearing contained about six kilograms of explosives.

The interior ministry ordered additional checkpoints at the entry points of the capital and a review of security at government offices and the diplomatic enclave. Islamabad has been largely spared the violence affecting Khyber Pakhtunkhwa and Balochistan, but there have been occasional attacks in the capital and neighbouring Rawalpindi in recent years.

The constable injured in the exchange of fire was discharged from hospital on Friday.""")

# ---------------------------------------------------------------- D120 Kohat Tunnel
R("KP Police Media Cell", "2026-11-11 11:15", ["D120"],
  "Police jawan embraces shahadat in attack on Kohat Tunnel police post",
  """Kohat: During the night between 10th and 11th November, khawarij fired on the police post established at the southern end of the Kohat Tunnel within the limits of Darra Adam Khel. The police jawans returned fire and the khawarij fled towards the mountains. During the exchange of fire, one police jawan embraced shahadat and one got injured.

DPO Kohat along with heavy contingents of police reached the spot and the area was cordoned off. Traffic through the tunnel was stopped for about two hours and later restored. A search operation is under way in the surrounding hills.""")

R("Frontier Ledger", "2026-11-12 08:40", ["D120"],
  "Policeman martyred in attack near Kohat Tunnel",
  """KOHAT: A policeman was martyred and another injured when militants attacked a police post near the Kohat Tunnel in the early hours of Wednesday, police said.

The attackers fired from the hills overlooking the Indus Highway and fled after a brief exchange of fire. Traffic between Peshawar and Kohat through the tunnel was suspended for about two hours. Transporters said they had been stopped at Darra Adam Khel until the road was cleared.

Police posts along the Indus Highway between Kohat and Darra Adam Khel have been attacked several times this year.""")

# ---------------------------------------------------------------- long follow-up: Hoshab families (gold D053)
R("Quetta Evening Post", "2026-10-30 18:20", ["D053"],
  "Two weeks on, families of missing Hoshab passengers cling to hope",
  """TURBAT: Two weeks after armed men took four passengers off a Quetta-Turbat coach near Hoshab, the families of the two men still missing say they have heard nothing from the government or from the abductors.

The coach was stopped at a blockade on the M-8 highway on the afternoon of October 16. The armed men checked passengers' identity cards and took four men towards the hills. The bodies of two of them, a man from Rahim Yar Khan and another from Mansehra, were found the next day in a dry stream bed a few kilometres from the highway. The other two, one from southern Punjab and one from interior Sindh, have not been traced.

A brother of one of the missing men, who travelled to Turbat last week, told the Post that Levies officials had been courteous but had no information. "They say they are searching. We go to the office every day and they say the same thing," he said. He said his brother had been working as a cook at a hotel in Turbat for six years and was travelling back after visiting his family.

Officials in Kech said that a joint search by Levies and FC had covered the hills between Hoshab and Kolwah but had not found any trace of the men. A senior official said contact had been attempted through tribal intermediaries, without result. No group has claimed responsibility for the abduction, which officials attribute to separatist militants.

Transporters say the number of passengers on the Quetta-Turbat route has fallen sharply since the incident. Coaches now travel in groups during daylight hours only, and some operators have stopped selling tickets to passengers from outside Balochistan. "We are afraid for our passengers and for our drivers," said the owner of a coach company in Turbat. "Nobody can guarantee safety on this road."

The Balochistan government has announced compensation for the families of the two men who were killed. The families of the missing men say they want only one thing: to know whether their relatives are alive.""")

# ---------------------------------------------------------------- long thematic: highways (no incident)
R("Conflict Monitoring Collective", "2026-10-28 10:00", [],
  "Thematic brief: Balochistan's highways as a battleground",
  """This brief examines attacks on and along Balochistan's national highways between January and October 2026. The Collective recorded 54 incidents on or within one kilometre of the N-25, N-40, N-50, N-65, N-85 and M-8 highways during this period, in which 61 people were killed and 47 abducted. Three patterns stand out.

First, temporary blockades. Armed groups, mostly claimed by the BLA and BLF, set up roadblocks lasting from thirty minutes to several hours, stopping vehicles, checking identity documents and in some cases burning trucks or abducting passengers. The Collective recorded 19 such blockades this year, 11 of them since July. The group at Mangochar on the N-25 on 29 September torched five vehicles and took two passengers; the blockade near Hoshab on the M-8 on 16 October ended with two passengers dead and two missing.

Second, attacks on security forces convoys and posts along the roads, such as the roadside bomb and gunfire attack on an FC convoy near Nushki on 19 September and the storming of the Kardgap Levies station in Mastung on 15 September. These attacks often include brief control of the road.

Third, economic effects. Transporters report higher insurance premiums and driver shortages, and night travel has been restricted on several sections. Traders in Quetta, Turbat and Panjgur say the cost of goods has increased as a result.

The provincial government has added check posts and quick reaction forces. However, the length of the highways and the sparse population along them mean that static check posts cannot cover every stretch. The Collective's field researchers also note that travellers from Punjab and Sindh increasingly avoid road travel, and that abductions of such travellers are under-reported when families negotiate directly with abductors.

The Collective recommends publication of regular official data on highway incidents, a compensation mechanism for transporters and drivers, and independent monitoring of the treatment of local residents during search operations along the highways.""", bg=["D034", "D053", "D024", "D020"])

# ---------------------------------------------------------------- JTAC monthly assessment (no incident)
R("Joint Threat Assessment Cell", "2026-11-01 12:00", [],
  "Monthly threat assessment: November 2026",
  """1. Overview. The overall threat level remains HIGH in Khyber Pakhtunkhwa and Balochistan, ELEVATED in Karachi and the districts of Punjab bordering KP and Balochistan, and MODERATE elsewhere. October saw a record number of security forces operations and a further increase in kidnappings.

2. KP. Fitna al-Khawarij and allied groups retain the intent and capability to conduct complex attacks, including VBIEDs, in Bannu, North Waziristan and Lakki Marwat (reference Bakakhel, 25 Oct). Quadcopter attacks on police stations are expected to continue until anti-drone systems are deployed at all vulnerable stations. A suicide attack in Peshawar (reference Regi, 15 Oct) indicates that at least one network is active in the provincial capital. ISKP retains a presence in Bajaur and may target religious gatherings and clerics.

3. Balochistan. Fitna al-Hindustan groups are expected to continue highway blockades, attacks on workers from other provinces, and attacks on infrastructure (rail, gas, power). Quetta faces a continuing threat of suicide attacks, including by female bombers, from the network responsible for the railway station attack of 9 Sep.

4. Sindh/Karachi. Threat to foreign nationals and CPEC-related projects remains HIGH. Sindhi separatist groups may attempt low-intensity attacks on railway tracks and gas pipelines.

5. Punjab/ICT. Attempts by TTP to infiltrate cells into Mianwali, D.G. Khan and the twin cities are assessed as likely.

6. Key dates. National polio campaign (from 9 Nov); large religious congregations later in the month.

7. Recommendations. Continue protective measures for polio teams, foreign nationals and transport hubs; prioritise anti-drone equipment for police stations in Bannu, Lakki Marwat, Tank and D.I. Khan; maintain route clearance on the Bolan rail section.""", bg=["D063", "D052", "D011"])

# ---------------------------------------------------------------- Home Dept weekly briefing (no incident)
R("Balochistan Home Department Statement Desk", "2026-11-05 13:30", [],
  "Weekly media briefing by the Home Department spokesperson",
  """The spokesperson of the Home Department Balochistan held the weekly media briefing at the Civil Secretariat today.

The spokesperson said that during the month of October, the Counter Terrorism Department and other law enforcement agencies conducted 312 intelligence-based operations in the province, in which 48 terrorists were killed and 127 suspects were arrested. Large quantities of arms, ammunition and explosives were recovered. She said that 26 personnel of the security forces, Levies and police embraced martyrdom during the month.

The spokesperson said that mobile internet service has been restored in most districts and will remain suspended only in limited areas on the advice of the security agencies. She said the government had approved a compensation package for transporters whose vehicles were burnt by terrorists on the highways, and that applications can be submitted to the offices of the deputy commissioners.

Replying to questions, the spokesperson said the government was committed to resolving the issue of missing persons through the commission and legal processes, and that families can approach the facilitation centre established at the Home Department. She urged the media to avoid sharing unverified content and the propaganda material of proscribed organisations.""")

# ---------------------------------------------------------------- long feature: drones in Bannu (no incident)
R("Indus Daily Monitor", "2026-11-08 09:30", [],
  "Feature: Inside Bannu's quadcopter war",
  """BANNU: The sound is now familiar to policemen in Bannu: a low buzz in the night sky, followed by shouts, a burst of gunfire and, sometimes, an explosion. Over the past year, militants in the district and neighbouring Lakki Marwat have increasingly used small commercial quadcopters, fitted with improvised explosive charges, to attack police stations and check posts.

"They fly at night, they are small and you hear them before you see them," said a sub-inspector posted at a police station on the outskirts of the city, who asked not to be named. "We fire at them with Kalashnikovs. Sometimes we hit, mostly we don't." In one attack in September, a constable was killed when a quadcopter dropped explosives on the Domel police station. In October, policemen at Kakki shot one down before its charge could reach the building.

Police officials say militants buy the drones in markets in Afghanistan or smuggle them through the tribal districts, and adapt them to carry mortar bombs or home-made devices weighing up to two kilograms. The quadcopters are cheap, and their operators can stay hidden in fields or orchards hundreds of metres away.

The provincial government has begun to provide anti-drone systems that jam radio signals, along with thermal cameras and protective netting for rooftops. But officers say supplies are limited and the equipment is sometimes not suited to the terrain. Some stations have improvised, stringing wire mesh over courtyards and stacking sandbags on roofs.

Residents, too, fear the drones. In September, two children were killed when explosives were dropped on a house near Miranshah in North Waziristan. Responsibility for that strike is still disputed, and residents complain that the growing number of drones in the sky, operated by different actors, makes it impossible to know who to blame.

Security analysts say the use of drones reflects a wider change in militant tactics, with groups relying more on stand-off attacks that expose fewer fighters to return fire. "It is a cheap way to keep the police under pressure," said a retired police officer in Peshawar. "Each attack may not kill anyone, but it drains morale and keeps the force on the defensive." The federal government is now preparing rules that would require the registration of all quadcopters sold in the country.""", bg=["D004", "D037", "D022"])

# ---------------------------------------------------------------- long feature: Kurram road (no incident)
R("Frontier Ledger", "2026-11-08 10:30", [],
  "Kurram's road: a lifeline that keeps closing",
  """PARACHINAR: For the residents of Upper Kurram, the 80-odd kilometres of road between Parachinar and Thall are not just a route but a lifeline. When the road is open, trucks bring flour, cooking oil, medicines and fuel; when it closes, as it has done repeatedly this year, prices soar and patients wait for treatment that cannot reach them.

This autumn has been difficult. In September, gunmen fired on a passenger van near Bagan, killing five people. In October, a land dispute near Sadda erupted into two days of fighting between tribes that left six dead before a jirga brokered a ceasefire. Last week, a goods convoy was attacked near Mandori, two drivers were killed and three trucks carrying food were set on fire, after which the administration suspended convoys again.

"Every time something happens, the road closes for days," said a shopkeeper in Parachinar's main bazaar. "Flour that costs one price in Peshawar costs double here." A doctor at the district headquarters hospital said the hospital had run short of some medicines and that seriously ill patients had to be airlifted when the road was closed, which was possible only for a few.

The provincial government says it is implementing the peace agreement reached by a grand jirga, which includes the removal of private bunkers along the road, the surrender of heavy weapons and the deployment of additional police and FC. Officials say dozens of bunkers have been demolished. Elders on both sides of the district's divides say implementation has been slow and uneven, and that trust remains fragile.

Traders have proposed that the government build storage facilities in Parachinar to keep a reserve of essential goods, and that an air service be made available for patients at subsidised rates. Until the road is truly safe, residents say, such measures would make the closures easier to bear.

"We are not asking for much," said an elderly resident of Parachinar. "Just a road that stays open.\"""", bg=["D010", "D046", "D076"])

# ---------------------------------------------------------------- long follow-up: Quetta station victims (gold D011)
R("Indus Daily Monitor", "2026-11-22 09:00", ["D011"],
  "Two months after Quetta station bombing, victims' families await promised help",
  """QUETTA: Two and a half months after a suicide bomber killed 29 people outside the booking hall of Quetta railway station, many of the families of the victims and some of the 62 people injured say they are still waiting for the compensation and support that the government announced in the days after the attack.

The provincial government had announced compensation for the families of those killed and free treatment for the injured. Officials say that most families have received payments, but the Monitor spoke to several relatives who said their files were still pending because of missing documents or disputes over succession. The family of a porter who was killed said they had been asked to produce documents from his native district in Punjab, which had taken weeks.

Several of the injured, including a railway booking clerk who lost a leg, said their treatment had been paid for but that they had received no help with the cost of prostheses, rehabilitation or the loss of income. "I have four children. Who will feed them while I learn to walk again?" he said.

The investigation into the bombing has made some progress. The Counter Terrorism Department arrested a suspected facilitator two days after the attack and said it identified the bomber through his fingerprints. In November, the CTD said two militants from the same network were killed in a raid in Kuchlak. No one has yet been charged in court, officials said.

Security at the station has been tightened, with walk-through gates and scanners installed at the main entrance and the side gate used by the bomber closed. Passengers say checking is now thorough but that queues outside the station during peak hours create a new crowd that could itself be a target.

A spokesperson for the Home Department said the remaining compensation cases would be cleared by the end of the year and that a special desk had been set up to assist families.""", bg=["D080"])
