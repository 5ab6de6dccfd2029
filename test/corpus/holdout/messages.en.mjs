// Held-out corpus, English part. Written from scratch for this test set.
// Each span is [category, quote]; build.mjs finds each quote in order (searching after the
// previous span's end) and computes UTF-16 offsets. `ignore` is the first characters of the
// signature block or quoted reply: no span may reach into it. `apos: true` turns ' into ’ in the
// body (text before `ignore`) and in the quotes. `tags` feed the README hard-case index.

export default [
// ───────────────────────────── scripted (0–40) ─────────────────────────────
{
  id: 'hen-001', channel: 'email', subject: '*|COMPANY|* + SmileDesk', score: 6,
  ignore: 'Kayla Brooks |', tags: ['merge-tag-mailchimp', 'signature-tagline'],
  text: `Hi *|FNAME|*,

I hope you had a wonderful weekend!

I'm reaching out because practices like *|COMPANY|* are losing thousands every month to no-shows and empty chairs. SmileDesk is the all-in-one, AI-driven patient engagement platform that transforms the way modern dental practices grow.

Practices using SmileDesk see a 60% drop in no-shows within 30 days. 🦷✨

Can you do a 15-minute demo on Tuesday at 11am or Wednesday at 3pm?

Best,
Kayla

Kayla Brooks | Growth Executive
SmileDesk — Brighter Smiles, Fuller Schedules`,
  spans: [
    ['merge-tag', `*|FNAME|*`],
    ['cliche-opener', `I hope you had a wonderful weekend!`],
    ['generic-value-prop', `practices like`],
    ['merge-tag', `*|COMPANY|*`],
    ['generic-value-prop', `are losing thousands every month to no-shows and empty chairs`],
    ['jargon-buzzword', `the all-in-one, AI-driven patient engagement platform that transforms the way modern dental practices grow`],
    ['hype', `Practices using SmileDesk see a 60% drop in no-shows within 30 days. 🦷✨`],
    ['pushy-cta', `Can you do a 15-minute demo on Tuesday at 11am or Wednesday at 3pm?`],
  ],
  notes: `Mailchimp-style merge tags (*|FNAME|*, *|COMPANY|*) left unfilled, one inside a "practices like X" value prop (tag split out as its own span). Buzzword platform sentence, unsupported 60% claim with a non-BMP 🦷 inside the span, two-slot demo close on first touch. Subject also contains the tag (context only). 'Best,' and the signature with its tagline are ignored.`,
},
{
  id: 'hen-002', channel: 'linkedin-connection', score: 14, tags: ['vague-post-praise'],
  text: `Hi Marcus, I came across your profile and loved your recent post — really insightful stuff! I'm always looking to connect with forward-thinking leaders in the logistics space. Would love to add you to my network and exchange ideas. 🤝`,
  spans: [
    ['fake-personalization', `I came across your profile and loved your recent post — really insightful stuff!`],
    ['fake-personalization', `I'm always looking to connect with forward-thinking leaders in the logistics space.`],
    ['filler', `Would love to add you to my network and exchange ideas.`],
  ],
  notes: `Connection note that names no post, no idea from it, nothing about Marcus beyond his industry. "Loved your recent post" with no content is the classic vague veneer.`,
},
{
  id: 'hen-003', channel: 'email', score: 8, ignore: 'Derek Lyle', tags: ['guilt', 'breakup-email', 'signature-tagline'],
  text: `Hi Rebecca,

I've sent you a few emails about recovering carrier overcharges and haven't heard back, which usually means one of two things: either it's not a priority, or my emails are getting buried.

Either way, I don't want to be a pest. Just let me know if I should stop reaching out.

I'm cleaning up my pipeline before the end of the quarter, so if I don't hear from you by Friday, I'll close your file and won't bother you again.

Thanks,
Derek

Derek Lyle
Account Executive | FreightIQ
"Every invoice. Every carrier. Every time."`,
  spans: [
    ['guilt-follow-up', `I've sent you a few emails about recovering carrier overcharges and haven't heard back`],
    ['guilt-follow-up', `which usually means one of two things: either it's not a priority, or my emails are getting buried`],
    ['filler', `Either way, I don't want to be a pest.`],
    ['guilt-follow-up', `Just let me know if I should stop reaching out.`],
    ['self-centered', `I'm cleaning up my pipeline before the end of the quarter`],
    ['guilt-follow-up', `if I don't hear from you by Friday, I'll close your file and won't bother you again.`],
  ],
  notes: `Sequence "breakup" step with no subject line: every sentence is about the silence, none about Rebecca. Presumed disinterest, the sender's own pipeline clean-up as the reason (self-centred), and a threat to close the file. Signature with quoted tagline ignored; 'Thanks,' is a stock sign-off.`,
},
{
  id: 'hen-004', channel: 'email', subject: 'Roofing in Columbus', score: 22, tags: ['thin-veneer', 'title-company-only'],
  text: `Hi Tom,

Hope you're staying warm up there in Columbus — I hear it's been a cold one! ❄️

As the Facilities Director at Greenway Schools, you probably have a lot on your plate heading into winter. At PeakGuard Roofing, we partner with facilities leaders to deliver best-in-class roof asset management that maximizes ROI and minimizes risk.

We've helped hundreds of organizations just like yours extend roof life by up to 40%.

Would you be open to a quick 15-minute call next week to explore synergies?

Regards,
Amanda`,
  spans: [
    ['fake-personalization', `Hope you're staying warm up there in Columbus — I hear it's been a cold one! ❄️`],
    ['fake-personalization', `As the Facilities Director at Greenway Schools, you probably have a lot on your plate heading into winter.`],
    ['jargon-buzzword', `deliver best-in-class roof asset management that maximizes ROI and minimizes risk`],
    ['generic-value-prop', `We've helped hundreds of organizations just like yours`],
    ['hype', `extend roof life by up to 40%`],
    ['jargon-buzzword', `to explore synergies`],
  ],
  notes: `City + weather + title/company insertion: a veneer, not a reference. The CTA itself ("open to a quick 15-minute call") is neutral; only "to explore synergies" is annotated, as jargon. ❄️ is BMP + variation selector.`,
},
{
  id: 'hen-005', channel: 'email', score: 28, ignore: 'Gloria Ruiz', tags: ['generic-no-cliche', 'no-spans'],
  text: `Hello,

We rent scissor lifts, boom lifts and telehandlers to contractors in the Denver area, with delivery and pickup included.

If you have a project coming up that needs lift equipment, I can send our price list.

Thank you,
Gloria Ruiz
Summit Lift Rentals`,
  spans: [],
  notes: `Clean, honest, cliché-free, and entirely generic: nothing about the recipient, so it stays at or below 40 even with no span to flag. No subject line. Signature ignored.`,
},
{
  id: 'hen-006', channel: 'email', subject: 'Right person?', score: 6, ignore: 'Priyanka Shah', tags: ['gatekeeper', 'mass-blast', 'department-signature'],
  text: `Dear Sir/Madam,

I am trying to reach the person responsible for sustainability reporting at your esteemed company. Could you please let me know if that's you? If not, I'd really appreciate it if you could forward this to the appropriate person.

CarbonLedger is a leading ESG data platform that empowers organizations to seamlessly streamline their CSRD compliance journey end-to-end.

Many thanks in advance for your help!

Kind regards,
Priyanka Shah
Business Development Team
CarbonLedger`,
  spans: [
    ['mass-blast', `Dear Sir/Madam,`],
    ['gatekeeper-script', `I am trying to reach the person responsible for sustainability reporting`],
    ['mass-blast', `your esteemed company`],
    ['gatekeeper-script', `Could you please let me know if that's you?`],
    ['gatekeeper-script', `If not, I'd really appreciate it if you could forward this to the appropriate person.`],
    ['jargon-buzzword', `a leading ESG data platform that empowers organizations to seamlessly streamline their CSRD compliance journey end-to-end`],
  ],
  notes: `The sender does not know who receives this (Sir/Madam, "your esteemed company") and asks for routing without naming any decision. "Many thanks in advance" is a pleasantry, not annotated. The "Business Development Team" line is a mass-send sign but sits in the signature, which is ignored.`,
},
{
  id: 'hen-007', channel: 'email', subject: 'Loved your episode!', score: 12, apos: true, tags: ['llm-flattery', 'calendar-link', 'typographic-apostrophe'],
  text: `Hey Jordan,

Just listened to your latest podcast episode and wow — your insights on leadership were truly inspiring! It's clear you're a visionary who's passionate about building a world-class team.

I'm the founder of CastBoost, and we help B2B brands turn podcasts into a predictable revenue engine. Our proprietary framework has generated 10x ROI for our clients.

Here's my calendar so you can grab a time that works: calendly.com/castboost-mike/30min

Cheers,
Mike`,
  spans: [
    ['fake-personalization', `Just listened to your latest podcast episode and wow — your insights on leadership were truly inspiring!`],
    ['fake-personalization', `It's clear you're a visionary who's passionate about building a world-class team.`],
    ['generic-value-prop', `we help B2B brands turn podcasts into a predictable revenue engine`],
    ['hype', `Our proprietary framework has generated 10x ROI for our clients.`],
    ['pushy-cta', `Here's my calendar so you can grab a time that works: calendly.com/castboost-mike/30min`],
  ],
  notes: `"Your latest episode" with no guest, topic or line from it, followed by AI-style praise ("a visionary who's passionate…"). Calendar link on first contact. Typographic apostrophes (’) throughout the body.`,
},
{
  id: 'hen-008', channel: 'linkedin-connection', score: 5, tags: ['merge-tag'],
  text: `Hi {{first_name}}, I see we're both in the {Industry} space! I help teams at companies like {Company} book 20+ qualified meetings a month on autopilot. Open to connecting? 🚀`,
  spans: [
    ['merge-tag', `{{first_name}}`],
    ['fake-personalization', `I see we're both in the`],
    ['merge-tag', `{Industry}`],
    ['generic-value-prop', `I help teams at companies like`],
    ['merge-tag', `{Company}`],
    ['hype', `book 20+ qualified meetings a month on autopilot`],
  ],
  notes: `Three unfilled variables in two syntaxes ({{…}} and {…}); each tag is its own span, separate from the fake-personalisation / value-prop phrase around it. "Open to connecting?" is neutral.`,
},
{
  id: 'hen-009', channel: 'linkedin-connection', score: 25, tags: ['auto-trigger'],
  text: `Hi Denise, congrats on 7 years at Halvorsen Foods! 🎉 That's quite a milestone. Would love to connect and learn more about your journey in food manufacturing.`,
  spans: [
    ['fake-personalization', `congrats on 7 years at Halvorsen Foods! 🎉`],
    ['filler', `Would love to connect and learn more about your journey in food manufacturing.`],
  ],
  notes: `LinkedIn work-anniversary prompt turned into a note: correct name and company, nothing else. Thin veneer, not a reference.`,
},
{
  id: 'hen-010', channel: 'linkedin-connection', score: 34, tags: ['generic-no-cliche'],
  text: `Hi Paul, I run a small agency that builds Shopify stores for outdoor and sporting goods brands. Connecting with people in the industry here. Happy to share what we've learned about seasonal inventory if it's ever useful.`,
  spans: [
    ['low-pressure-ask', `Happy to share what we've learned about seasonal inventory if it's ever useful.`],
  ],
  notes: `Honest and cliché-free, with a genuinely low-pressure offer, but nothing about Paul: it would go unchanged to every outdoor brand. Stays in the 21–40 band.`,
},
{
  id: 'hen-011', channel: 'linkedin-message', score: 7, tags: ['pitch-after-connect', 'fake-question'],
  text: `Thanks for connecting, Harriet! 🙌

Quick question — are you still handling payroll manually across your franchise locations? Most multi-unit operators we talk to are wasting 10+ hours a week on it.

PayGrid is a next-gen, all-in-one workforce platform that streamlines payroll, tips and compliance. We're the #1 rated franchise payroll solution on Capterra.

I'd love to get 20 minutes on your calendar this week to show you a quick demo. What does Thursday look like?`,
  spans: [
    ['generic-value-prop', `are you still handling payroll manually across your franchise locations?`],
    ['generic-value-prop', `Most multi-unit operators we talk to are wasting 10+ hours a week on it.`],
    ['jargon-buzzword', `a next-gen, all-in-one workforce platform that streamlines payroll, tips and compliance`],
    ['hype', `We're the #1 rated franchise payroll solution on Capterra.`],
    ['pushy-cta', `I'd love to get 20 minutes on your calendar this week to show you a quick demo. What does Thursday look like?`],
  ],
  notes: `Pitch right after the connection was accepted. HARD CASE: the "quick question" is not a genuine question; it is a segment-wide problem statement phrased as a question (it fits every franchise operator), so it is a generic value prop. "Thanks for connecting" is a plain pleasantry.`,
},
{
  id: 'hen-012', channel: 'linkedin-message', score: 12, tags: ['merge-tag', 'pick-your-brain'],
  text: `Hey %FIRSTNAME%! Hope your week is off to a great start. 😊

I'm building something new in the HR tech space and I'd love to pick your brain for 15 minutes — your experience would be super valuable. No pitch, I promise!

I'm on a mission to fix hiring for 10,000 small businesses by 2027, and talking to leaders like you is a big part of that.

Does tomorrow or Friday work?`,
  spans: [
    ['merge-tag', `%FIRSTNAME%`],
    ['cliche-opener', `Hope your week is off to a great start. 😊`],
    ['filler', `I'd love to pick your brain for 15 minutes`],
    ['fake-personalization', `your experience would be super valuable`],
    ['self-centered', `I'm on a mission to fix hiring for 10,000 small businesses by 2027`],
    ['pushy-cta', `Does tomorrow or Friday work?`],
  ],
  notes: `"Pick your brain" meeting disguised as research, with a %FIRSTNAME% tag the tool sent unfilled. The sender's mission, not the recipient, is the subject; two-slot close.`,
},
{
  id: 'hen-013', channel: 'inmail', score: 9, tags: ['recruiter'],
  text: `Hi Aaron,

Your background really stood out to me! I'm working with a fast-growing, VC-backed Series B startup that is disrupting the fintech space, and I think you'd be a perfect fit for a Senior Backend Engineer role.

Competitive salary, equity, unlimited PTO and an amazing culture. They're moving quickly and interviews are filling up fast.

Do you have 10 minutes for a quick call tomorrow? Send me your resume and your availability and I'll get things started!

Best regards,
Chelsea`,
  spans: [
    ['fake-personalization', `Your background really stood out to me!`],
    ['hype', `a fast-growing, VC-backed Series B startup that is disrupting the fintech space`],
    ['fake-personalization', `I think you'd be a perfect fit`],
    ['generic-value-prop', `Competitive salary, equity, unlimited PTO and an amazing culture.`],
    ['false-urgency', `They're moving quickly and interviews are filling up fast.`],
    ['pushy-cta', `Do you have 10 minutes for a quick call tomorrow?`],
    ['pushy-cta', `Send me your resume and your availability and I'll get things started!`],
  ],
  notes: `Recruiter template: no detail from Aaron's background, anonymous client, no salary figure, invented scarcity and a resume request before any interest.`,
},
{
  id: 'hen-014', channel: 'inmail', score: 30, tags: ['title-company-only', 'gatekeeper'],
  text: `Hi Lorraine,

As a Principal at Whitcombe Insurance Partners, you know how much time goes into renewals. Our platform helps independent brokerages manage renewals, certificates and carrier submissions in one place.

Would you be open to a short conversation to see if it's relevant? If renewals aren't your area, who would be the best person to speak with?

Thanks,
Eric`,
  spans: [
    ['fake-personalization', `As a Principal at Whitcombe Insurance Partners, you know how much time goes into renewals.`],
    ['generic-value-prop', `helps independent brokerages manage renewals, certificates and carrier submissions in one place`],
    ['gatekeeper-script', `If renewals aren't your area, who would be the best person to speak with?`],
  ],
  notes: `Polite and short, no hype; the only "personal" part is the title and company from her profile. The CTA is a neutral stock question and is not annotated; the routing request after it names no decision and is a gatekeeper script.`,
},
{
  id: 'hen-015', channel: 'inmail', score: 14, ignore: 'Events Team', tags: ['false-urgency', 'department-signature'],
  text: `Hi Victor,

I'd like to personally invite you to an exclusive, invite-only dinner for CFOs in the Chicago area on March 12. Only 4 seats remain and they're going fast!

We'll discuss how top finance leaders are leveraging AI to transform the office of the CFO and unlock unprecedented efficiency.

Please confirm your attendance by end of day tomorrow so I can hold your spot.

Warm regards,
Natalie
Events Team | Ledgerly`,
  spans: [
    ['fake-personalization', `I'd like to personally invite you`],
    ['hype', `an exclusive, invite-only dinner`],
    ['false-urgency', `Only 4 seats remain and they're going fast!`],
    ['jargon-buzzword', `leveraging AI to transform the office of the CFO and unlock unprecedented efficiency`],
    ['pushy-cta', `Please confirm your attendance by end of day tomorrow so I can hold your spot.`],
  ],
  notes: `Event invitation sent to a list of CFOs: "personally" is the only personal word, scarcity and a confirm-by deadline do the rest. "Events Team | Ledgerly" is a department signature (mass-send sign, mentioned here; the signature is ignored, not annotated).`,
},
// ───────────────────────────── mixed (41–60) ─────────────────────────────
{
  id: 'hen-016', channel: 'email', subject: 'Your FinOps analyst opening', score: 44, tags: ['real-trigger-generic-pitch'],
  text: `Hi Priya,

Saw the FinOps Analyst posting on Tidewater Health's careers page, the one that mentions “reducing our Azure spend across 40+ subscriptions.” That's a lot of subscriptions to tag by hand.

CloudTrim is an AI-powered cloud optimization platform that delivers instant savings and full visibility across your entire multi-cloud estate. Customers typically save 30% in the first month.

Are you free Tuesday at 2pm or Thursday at 10am for a 30-minute demo?

Best,
Owen`,
  spans: [
    ['specific-reference', `the FinOps Analyst posting on Tidewater Health's careers page, the one that mentions “reducing our Azure spend across 40+ subscriptions.”`],
    ['own-voice', `That's a lot of subscriptions to tag by hand.`],
    ['jargon-buzzword', `an AI-powered cloud optimization platform that delivers instant savings and full visibility across your entire multi-cloud estate`],
    ['generic-value-prop', `Customers typically save 30% in the first month.`],
    ['pushy-cta', `Are you free Tuesday at 2pm or Thursday at 10am for a 30-minute demo?`],
  ],
  notes: `A real, checkable trigger (job posting, quoted) and one human aside, then a brochure paragraph, a segment-wide savings figure and a two-slot demo close. Low mixed.`,
},
{
  id: 'hen-017', channel: 'email', subject: 'RE: Cold storage capacity for Q4', score: 45, ignore: 'Stacy Morgan\nSenior', tags: ['quoted-reply', 'outlook-header', 'ignores-prospect-question', 'signature-tagline'],
  text: `Hi Ben,

Thanks for getting back to me! To answer your question: yes, our Allentown facility has pallet positions at -25°C, and we can take the 1,800 positions you mentioned from October through January.

Beyond that, we're a full-service, tech-enabled 3PL offering end-to-end cold chain solutions with unmatched reliability. We're trusted by the world's leading brands.

To lock in October capacity, I'll need a signed agreement by this Friday, as space is going fast. Can you send me your volume forecast today?

Best regards,
Stacy Morgan
Senior Account Manager
PolarWay Logistics
"Cold. Fast. Reliable."

From: Ben Okafor <bokafor@northfieldcreamery.com>
Sent: Tuesday, September 2, 2025 4:18 PM
To: Stacy Morgan <smorgan@polarway.com>
Subject: RE: Cold storage capacity for Q4

Hi Stacy,
We'll need roughly 1,800 pallet positions at -25°C near Allentown from October to January for our holiday ice cream line. Do you have that, and what's your policy on minimum storage terms?
Ben`,
  spans: [
    ['concrete-detail', `our Allentown facility has pallet positions at -25°C, and we can take the 1,800 positions you mentioned from October through January`],
    ['jargon-buzzword', `a full-service, tech-enabled 3PL offering end-to-end cold chain solutions with unmatched reliability`],
    ['hype', `We're trusted by the world's leading brands.`],
    ['pushy-cta', `I'll need a signed agreement by this Friday`],
    ['false-urgency', `as space is going fast`],
    ['pushy-cta', `Can you send me your volume forecast today?`],
  ],
  notes: `Reply answers the capacity half of Ben's question concretely but ignores the minimum-term half, then pads with brochure copy and a sign-by deadline. The quoted Outlook message (From:/Sent:/To:/Subject:) holds the prospect's specifics and is ignored, as is the signature with its tagline. "Thanks for getting back to me!" is a pleasantry.`,
},
{
  id: 'hen-018', channel: 'email', subject: 'Re: Quick question about Linden Ridge', score: 56, ignore: 'On Tue, Feb 3, 2026', tags: ['quoted-reply', 'quoted-own-template', 'opener-in-follow-up'],
  text: `Hi Carla,

Circling back on my note below in case it slipped through the cracks — with one thing I should have said the first time.

I looked at Linden Ridge's last two board minutes, and the bus contractor agreement comes up for renewal in June. That's really the only reason I'm writing now rather than in the fall.

We build routing software for districts of about 4,000 riders like yours. I'm not sure it beats what your contractor does today; I'd want to see your current route sheets before claiming anything.

Could we do 30 minutes Monday at 9 or Wednesday at 1?

Best,
Luis

On Tue, Feb 3, 2026 at 8:02 AM Luis Ortega <luis@routewise.io> wrote:
> Hi Carla,
> I hope this email finds you well! I'm reaching out because districts like Linden Ridge are struggling with driver shortages and rising transportation costs. RouteWise is the industry's leading AI-powered routing solution. Do you have 15 minutes this week for a quick call?
> Best, Luis`,
  spans: [
    ['cliche-opener', `Circling back on my note below in case it slipped through the cracks`],
    ['specific-reference', `I looked at Linden Ridge's last two board minutes, and the bus contractor agreement comes up for renewal in June.`],
    ['honest-reason', `That's really the only reason I'm writing now rather than in the fall.`],
    ['honest-reason', `I'm not sure it beats what your contractor does today; I'd want to see your current route sheets before claiming anything.`],
    ['pushy-cta', `Could we do 30 minutes Monday at 9 or Wednesday at 1?`],
  ],
  notes: `Follow-up that finally brings a real reason (board minutes, renewal date) and an honest limitation, but opens with a stock bump line and closes with a two-slot request. The quoted Gmail part is the sender's own earlier template, full of clichés: it is ignored and must not count.`,
},
{
  id: 'hen-019', channel: 'email', subject: "Your clinic's new Saturday hours", score: 55, tags: ['merge-tag-in-personal'],
  text: `Hi [First Name],

Noticed on your Facebook page that Riverbend Animal Hospital started Saturday surgery hours this month, and that the post asks clients to call rather than book online. My guess is the phones are busier than ever on Saturdays.

We make a booking widget for vet clinics that handles surgery drop-off slots separately from exams, so your front desk isn't double-booking the table. It costs $89 a month and there's no contract.

If that's a headache right now, happy to send a 2-minute video of how it works. If not, no worries.

Thanks,
Jenna`,
  spans: [
    ['merge-tag', `[First Name]`],
    ['specific-reference', `Riverbend Animal Hospital started Saturday surgery hours this month, and that the post asks clients to call rather than book online`],
    ['own-voice', `My guess is the phones are busier than ever on Saturdays.`],
    ['concrete-detail', `handles surgery drop-off slots separately from exams, so your front desk isn't double-booking the table`],
    ['concrete-detail', `It costs $89 a month and there's no contract.`],
    ['low-pressure-ask', `happy to send a 2-minute video of how it works. If not, no worries.`],
  ],
  notes: `Body is genuinely researched and low-pressure, but the greeting is an unfilled [First Name] tag: the recipient sees at once that this went out through a sequencer. Labelled mixed for that reason.`,
},
{
  id: 'hen-020', channel: 'email', subject: 'Mobile canning for your Hazy IPA release', score: 56, ignore: 'Rob Tanaka', tags: ['ps-before-signature', 'signature-tagline'],
  text: `Hi Dana,

Your Instagram post about the Hazy Days IPA release on the 28th said you're “hand-filling crowlers until the new line shows up.” We run a mobile canning line out of Bend and have a free day on the 26th, two days before your release.

We're the Pacific Northwest's premier mobile canning partner, delivering unmatched quality and unbeatable turnaround for craft brewers who refuse to compromise.

Let me know and I can pencil you in.

Cheers,
Rob

P.S. We only have a handful of dates left this season, so I'd grab the 26th before it's gone!

Rob Tanaka
CanDo Mobile Canning
"We bring the line to you."`,
  spans: [
    ['specific-reference', `Your Instagram post about the Hazy Days IPA release on the 28th said you're “hand-filling crowlers until the new line shows up.”`],
    ['concrete-detail', `We run a mobile canning line out of Bend and have a free day on the 26th, two days before your release.`],
    ['hype', `We're the Pacific Northwest's premier mobile canning partner, delivering unmatched quality and unbeatable turnaround for craft brewers who refuse to compromise.`],
    ['false-urgency', `We only have a handful of dates left this season, so I'd grab the 26th before it's gone!`],
  ],
  notes: `Strong, checkable opening (quoted post, a dated free slot that fits), then a brochure paragraph and a scarcity P.S. The P.S. sits between the sign-off and the signature, so it is body text and annotated; the signature and its tagline are ignored.`,
},
{
  id: 'hen-021', channel: 'linkedin-connection', score: 42, tags: ['llm-flattery-plus-real'],
  text: `Hi Kenji, I'm impressed by your amazing work at Velo! Your KubeCon talk on running Postgres operators across 3 regions was great. We help engineering leaders like you cut database costs by 50%. Let's connect!`,
  spans: [
    ['fake-personalization', `I'm impressed by your amazing work at Velo!`],
    ['specific-reference', `Your KubeCon talk on running Postgres operators across 3 regions`],
    ['generic-value-prop', `We help engineering leaders like you`],
    ['hype', `cut database costs by 50%`],
  ],
  notes: `One checkable reference (the talk and its topic) inside an otherwise generic note: empty praise before, segment pitch and a 50% claim after. "Let's connect!" is a plain closing.`,
},
{
  id: 'hen-022', channel: 'linkedin-connection', score: 46, tags: ['two-slot'],
  text: `Hi Rachel, hope you're well! Read your Supply Chain Dive interview on moving Corvel's returns from Memphis to Reno. We do returns grading software; I'd like to show you a 20-min demo next Tuesday or Wednesday. Which works?`,
  spans: [
    ['cliche-opener', `hope you're well!`],
    ['specific-reference', `your Supply Chain Dive interview on moving Corvel's returns from Memphis to Reno`],
    ['pushy-cta', `I'd like to show you a 20-min demo next Tuesday or Wednesday. Which works?`],
  ],
  notes: `Real reference, plain description of what the sender sells, but a connection request that already books a demo on one of two days.`,
},
{
  id: 'hen-023', channel: 'linkedin-message', score: 58, tags: ['guilt', 'follow-up'],
  text: `Hi Mateo, just following up on my previous message as I haven't heard back. 🙂

To be more specific this time: your team's post about the 14 new EV chargers at the Fresno depot mentioned you're still on paper logs for charger downtime. We track charger uptime per stall and send the log straight to your utility for the rebate claim.

Would a 10-minute look be useful, or is the rebate paperwork already handled?`,
  spans: [
    ['guilt-follow-up', `just following up on my previous message as I haven't heard back. 🙂`],
    ['specific-reference', `your team's post about the 14 new EV chargers at the Fresno depot mentioned you're still on paper logs for charger downtime`],
    ['concrete-detail', `We track charger uptime per stall and send the log straight to your utility for the rebate claim.`],
    ['low-pressure-ask', `Would a 10-minute look be useful, or is the rebate paperwork already handled?`],
  ],
  notes: `Opens by pointing at the silence (mild guilt, emoji inside the span), then gets specific and offers an easy out. Near the top of the mixed band.`,
},
{
  id: 'hen-024', channel: 'linkedin-message', score: 43, tags: ['llm-flattery', 'pitch-after-connect'],
  text: `Thanks for accepting, Yvonne! Your journey from nursing to healthcare operations is truly inspiring — your passion for patient care shines through in everything you do.

I noticed St. Brigid's is opening the new outpatient wing in Dayton this spring. We staff travel nurses for new openings, with credentialing done in 10 days or less.

We're the fastest-growing staffing partner in the Midwest. Can I send over a proposal this week?`,
  spans: [
    ['fake-personalization', `Your journey from nursing to healthcare operations is truly inspiring — your passion for patient care shines through in everything you do.`],
    ['specific-reference', `St. Brigid's is opening the new outpatient wing in Dayton this spring`],
    ['concrete-detail', `with credentialing done in 10 days or less`],
    ['hype', `We're the fastest-growing staffing partner in the Midwest.`],
    ['pushy-cta', `Can I send over a proposal this week?`],
  ],
  notes: `AI-style praise built from her profile headline, one real trigger (the new wing) with a concrete offer, then a superlative and a proposal before any interest.`,
},
{
  id: 'hen-025', channel: 'inmail', score: 50, tags: ['recruiter'],
  text: `Hi Gwen,

I'm a recruiter, so I'll be quick. I heard you speak on the ISM Pittsburgh panel last month, the part where you dual-sourced resin after the 2021 freeze and kept both suppliers even when it cost 4% more. That's exactly the story my client wants to hear.

My client is an industry-leading, fast-paced manufacturing organization looking for a dynamic Director of Procurement to drive transformational change. Top-tier compensation package.

Are you free for a call tomorrow at 9am or 4pm?

Best,
Hal`,
  spans: [
    ['honest-reason', `I'm a recruiter, so I'll be quick.`],
    ['specific-reference', `I heard you speak on the ISM Pittsburgh panel last month, the part where you dual-sourced resin after the 2021 freeze and kept both suppliers even when it cost 4% more.`],
    ['jargon-buzzword', `an industry-leading, fast-paced manufacturing organization looking for a dynamic Director of Procurement to drive transformational change`],
    ['generic-value-prop', `Top-tier compensation package.`],
    ['pushy-cta', `Are you free for a call tomorrow at 9am or 4pm?`],
  ],
  notes: `Recruiter who really listened to the panel, but the role itself is pure boilerplate (no company size, place or salary) and the close is a two-slot call for tomorrow.`,
},
{
  id: 'hen-026', channel: 'inmail', score: 52, tags: ['congrats-pleasantry', 'title-company-only'],
  text: `Hi Martin,

Congratulations on your recent promotion! 🎉 As the new Director of Legal Operations at Castell Mining, I'm sure you're already thinking about how to modernize outside counsel spend.

I read in the ACC Docket that Castell moved 60% of its litigation to fixed-fee matters last year. Our e-billing tool flags invoices that break fixed-fee terms before they're paid.

Would you be open to a quick chat to see if there's a fit?

Best,
Ingrid`,
  spans: [
    ['fake-personalization', `As the new Director of Legal Operations at Castell Mining, I'm sure you're already thinking about how to modernize outside counsel spend.`],
    ['specific-reference', `I read in the ACC Docket that Castell moved 60% of its litigation to fixed-fee matters last year.`],
    ['concrete-detail', `flags invoices that break fixed-fee terms before they're paid`],
  ],
  notes: `HARD CASE: the congratulations line is a plain pleasantry (a real reference follows), so it is not annotated; the title/company sentence after it is the veneer. Neutral stock CTA not annotated. Half template, half research.`,
},
{
  id: 'hen-027', channel: 'email', subject: 'Elevator 3 at 220 Wacker', score: 60, tags: ['boundary-60', 'calendar-link'],
  text: `Hi Suzanne,

I'm the account manager for the elevator contractor that lost the 220 Wacker bid last spring, so take this with that in mind. One of your tenants posted on Google Maps that car 3 has been out twice in May, and the city portal shows a failed annual inspection on it dated 5/14.

If the current contract has a response-time clause, it may be worth checking it against those outages. I'm not saying that to poach you — the contract runs through 2027 anyway.

Our team of certified technicians delivers world-class vertical transportation solutions with a proven track record of excellence.

If you ever want a second opinion, you can book time here: calendly.com/vertex-lifts/second-opinion

Regards,
Neil`,
  spans: [
    ['honest-reason', `I'm the account manager for the elevator contractor that lost the 220 Wacker bid last spring, so take this with that in mind.`],
    ['specific-reference', `One of your tenants posted on Google Maps that car 3 has been out twice in May`],
    ['specific-reference', `the city portal shows a failed annual inspection on it dated 5/14`],
    ['concrete-detail', `If the current contract has a response-time clause, it may be worth checking it against those outages.`],
    ['honest-reason', `I'm not saying that to poach you — the contract runs through 2027 anyway.`],
    ['jargon-buzzword', `Our team of certified technicians delivers world-class vertical transportation solutions with a proven track record of excellence.`],
    ['pushy-cta', `you can book time here: calendly.com/vertex-lifts/second-opinion`],
  ],
  notes: `Deliberately on the 60/61 boundary: honest disclosure and two checkable facts, but a full brochure sentence and a calendar link (softened by "if you ever want") are two scripted elements, not one.`,
},
// ───────────────────────────── authentic (61–100) ─────────────────────────────
{
  id: 'hen-028', channel: 'email', subject: 'Re: Chain of custody for the PFAS samples', score: 94, ignore: 'Mei Lindqvist', tags: ['quoted-reply', 'admits-limitation'],
  text: `Hi Dr. Osei,

Short answer: no, not out of the box. Our LIMS records chain of custody per sample, but it doesn't yet split one field sample into the three sub-aliquots you described with separate custody trails. We'd have to configure that, and I'd guess two to three weeks of work on our side.

Two labs in Ohio do something similar with a workaround (a parent sample plus linked children). It's clunky at the receiving bench, and I'd rather you hear that from me than find it in week one.

Is EPA 1633 the only method you need this for, or will it apply to all PFAS work?

Thanks,
Mei

Mei Lindqvist
Solutions Engineer, Assay Cloud

On Wed, Jan 14, 2026 at 3:47 PM Kwame Osei <kosei@riverstone-labs.com> wrote:
> Mei, before we go further: can your system keep a separate chain of custody for each sub-aliquot when we split a field sample three ways for EPA 1633? Our auditors flagged this last year.
> Kwame`,
  spans: [
    ['own-voice', `Short answer: no, not out of the box.`],
    ['concrete-detail', `it doesn't yet split one field sample into the three sub-aliquots you described with separate custody trails`],
    ['honest-reason', `We'd have to configure that, and I'd guess two to three weeks of work on our side.`],
    ['concrete-detail', `Two labs in Ohio do something similar with a workaround (a parent sample plus linked children).`],
    ['honest-reason', `It's clunky at the receiving bench, and I'd rather you hear that from me than find it in week one.`],
    ['genuine-question', `Is EPA 1633 the only method you need this for, or will it apply to all PFAS work?`],
  ],
  notes: `Direct answer to the prospect's question, including the "no", with effort estimate and workaround. Signature and the quoted Gmail message ("On … wrote:") are ignored; the quote's specifics belong to the prospect and are not credited.`,
},
{
  id: 'hen-029', channel: 'email', subject: 'Your Québec French packaging', score: 74, tags: ['opener-in-authentic'],
  text: `Hi Laura,

I hope this email finds you well.

I picked up a box of your oat bars in a Montréal dépanneur last week, and the French on the back says “barre tendre” on one side and “barre granola” on the other. Small thing, but OQLF complaints usually start with exactly that kind of inconsistency on a shelf.

I run a two-person localization shop that only does Canadian French for food brands. If you already have someone on this, ignore me; if not, I'm happy to mark up the current box for free so you can see what I'd change.

No call needed either way.

Best,
Hélène`,
  spans: [
    ['cliche-opener', `I hope this email finds you well.`],
    ['specific-reference', `I picked up a box of your oat bars in a Montréal dépanneur last week, and the French on the back says “barre tendre” on one side and “barre granola” on the other.`],
    ['concrete-detail', `OQLF complaints usually start with exactly that kind of inconsistency on a shelf`],
    ['honest-reason', `I run a two-person localization shop that only does Canadian French for food brands.`],
    ['low-pressure-ask', `If you already have someone on this, ignore me`],
    ['low-pressure-ask', `I'm happy to mark up the current box for free so you can see what I'd change`],
    ['low-pressure-ask', `No call needed either way.`],
  ],
  notes: `Written for this brand (a box she actually bought), with a free, no-meeting offer; the stock opener on its own line is the one scripted element, so it stays in 61–80.`,
},
{
  id: 'hen-030', channel: 'email', subject: 'Lead service line inventory, Marston', score: 88, tags: ['gatekeeper-lookalike'],
  text: `Hi Mr. Feld,

The Marston council packet for March 4 lists 1,140 service lines of “unknown material” in the lead inventory, and a line item to hire a contractor for pothole verification.

We make a handheld that reads pipe material through the curb stop in about four minutes, without digging. It won't settle every unknown — galvanized behind copper still needs a dig — but it usually clears about half of them.

Before I send anything else: is the verification contract being scoped by your department or by the engineering consultant, Harrow & Vance? I'd rather talk to whoever is actually writing the spec.

Thanks,
Ray Duval`,
  spans: [
    ['specific-reference', `The Marston council packet for March 4 lists 1,140 service lines of “unknown material” in the lead inventory, and a line item to hire a contractor for pothole verification.`],
    ['concrete-detail', `We make a handheld that reads pipe material through the curb stop in about four minutes, without digging.`],
    ['honest-reason', `It won't settle every unknown — galvanized behind copper still needs a dig — but it usually clears about half of them.`],
    ['genuine-question', `is the verification contract being scoped by your department or by the engineering consultant, Harrow & Vance?`],
    ['honest-reason', `I'd rather talk to whoever is actually writing the spec.`],
  ],
  notes: `HARD CASE (gatekeeper look-alike): the routing question names one contract and one named alternative, so it is a genuine question, not a gatekeeper script. Council packet figures are checkable; the limitation is stated plainly.`,
},
{
  id: 'hen-031', channel: 'email', subject: 'The echo in your new band room', score: 96, ignore: 'Tom Becker', apos: true, tags: ['long', 'typographic-apostrophe'],
  text: `Hi Ms. Alvarez,

My daughter plays trombone in the Jefferson Middle winter concert, and during the Q&A after, you mentioned that the new band room “sounds like a gym” and that the brass section can't hear the clarinets. I sell acoustic treatment for a living, so I went home and looked at the photos on the school's page.

From the pictures, the room has a hard ceiling at maybe 14 feet, painted block walls on three sides and that big glass wall facing the courtyard. That's almost a textbook flutter echo setup. The fix is usually cheaper than people expect: a few panels high on the back wall and clouds over the brass, not covering every surface.

I don't know your budget process, and I know the district probably has approved vendors. If it helps, I can come by on a weekday after 3:30 with a meter, take readings for free, and leave you a one-page write-up you can use with whoever you buy from, even if that isn't us.

Either way, thank you for the concert. The jazz band's “Cantaloupe Island” was a highlight.

Best,
Tom Becker
Resonance Interiors`,
  spans: [
    ['specific-reference', `during the Q&A after, you mentioned that the new band room “sounds like a gym” and that the brass section can't hear the clarinets`],
    ['honest-reason', `I sell acoustic treatment for a living, so I went home and looked at the photos on the school's page.`],
    ['concrete-detail', `the room has a hard ceiling at maybe 14 feet, painted block walls on three sides and that big glass wall facing the courtyard`],
    ['concrete-detail', `a few panels high on the back wall and clouds over the brass, not covering every surface`],
    ['honest-reason', `I don't know your budget process, and I know the district probably has approved vendors.`],
    ['low-pressure-ask', `I can come by on a weekday after 3:30 with a meter, take readings for free, and leave you a one-page write-up you can use with whoever you buy from, even if that isn't us.`],
    ['own-voice', `The jazz band's “Cantaloupe Island” was a highlight.`],
  ],
  notes: `Long email (about 190 words) written for one person: what she said in public, what the sender saw, an honest disclosure and a free offer usable with competitors. Typographic apostrophes (’) in the body. "Best," and the name/company block are ignored.`,
},
{
  id: 'hen-032', channel: 'email', subject: 'Your grain dryer and the co-op solar program', score: 75, tags: ['jargon-in-authentic', 'referral'],
  text: `Hi Walt,

Your daughter Emily mentioned at the Clay County fair booth that the grain dryer on your north place runs your bill past $2,400 a month during harvest. She said to email you directly, so here I am.

The co-op's new net-metering rules start July 1, and a ground-mount array near that dryer would likely cover about 60% of the load. Our turnkey, end-to-end renewable energy solutions empower farmers to take control of their energy future.

If you'd like, I can pull your last 12 months from the co-op (with your sign-off) and tell you honestly whether it pencils out. If it doesn't, I'll say so.

Thanks,
Carlos`,
  spans: [
    ['specific-reference', `Your daughter Emily mentioned at the Clay County fair booth that the grain dryer on your north place runs your bill past $2,400 a month during harvest.`],
    ['honest-reason', `She said to email you directly, so here I am.`],
    ['concrete-detail', `The co-op's new net-metering rules start July 1, and a ground-mount array near that dryer would likely cover about 60% of the load.`],
    ['jargon-buzzword', `Our turnkey, end-to-end renewable energy solutions empower farmers to take control of their energy future.`],
    ['low-pressure-ask', `I can pull your last 12 months from the co-op (with your sign-off) and tell you honestly whether it pencils out.`],
    ['honest-reason', `If it doesn't, I'll say so.`],
  ],
  notes: `Warm referral with real numbers and an honest offer; one pasted brochure sentence in the middle keeps it in 61–80.`,
},
{
  id: 'hen-033', channel: 'email', subject: 'Holding the Oct 17 date for your offsite', score: 76, tags: ['false-urgency-in-authentic'],
  text: `Hi Brenda,

You asked at the site visit whether the barn could seat 140 for dinner if it rains. I measured: with the sidewalls down we fit 144 at rounds of eight, but the dance floor shrinks to about 20 x 20, which is tight for the swing band you mentioned.

The other option is the greenhouse for dinner and the barn for the band, with a covered path between them. Photos of both set-ups are attached.

Just a heads-up: fall dates are going fast, so I'd lock this in sooner rather than later!

Cheers,
Molly`,
  spans: [
    ['specific-reference', `You asked at the site visit whether the barn could seat 140 for dinner if it rains.`],
    ['concrete-detail', `with the sidewalls down we fit 144 at rounds of eight, but the dance floor shrinks to about 20 x 20, which is tight for the swing band you mentioned`],
    ['concrete-detail', `the greenhouse for dinner and the barn for the band, with a covered path between them`],
    ['false-urgency', `fall dates are going fast, so I'd lock this in sooner rather than later!`],
  ],
  notes: `Follow-up to a real site visit, answering her exact question with measurements; one vague scarcity line at the end (no date, no competing booking named).`,
},
{
  id: 'hen-034', channel: 'email', subject: 'Re: Fall protection audit, Harbor Point', score: 90, ignore: 'Ana Pereira\nSite', tags: ['quoted-reply', 'honest-follow-up'],
  text: `Hi Dev,

One more note and then I'll leave it. I drove past Harbor Point on Saturday and saw the guardrail is now up on levels 4–6, so the gap I mentioned in my first email is probably already handled. Good.

The thing I'd still check is the hoist landing on 7: the gate was tied open with a strap when I went by. Could be a one-off. If it's useful, I'll send the photo; if not, no reply needed.

Best,
Ana Pereira
Site Safety Consulting

On Mon, Apr 6, 2026 at 7:55 AM Ana Pereira <ana@pereirasafety.com> wrote:
> Hi Dev, I walk past Harbor Point most mornings and noticed the open edge on level 5 facing Dock St has no guardrail yet. I do fall-protection audits for mid-rise GCs; happy to do a free walk-through if useful. Ana`,
  spans: [
    ['own-voice', `One more note and then I'll leave it.`],
    ['specific-reference', `I drove past Harbor Point on Saturday and saw the guardrail is now up on levels 4–6`],
    ['honest-reason', `so the gap I mentioned in my first email is probably already handled. Good.`],
    ['concrete-detail', `the hoist landing on 7: the gate was tied open with a strap when I went by`],
    ['own-voice', `Could be a one-off.`],
    ['low-pressure-ask', `If it's useful, I'll send the photo; if not, no reply needed.`],
  ],
  notes: `A follow-up done right: new information, admits her first point is moot, no guilt. The quoted first email (Gmail "On … wrote:") is also specific but is ignored; so is the signature.`,
},
{
  id: 'hen-035', channel: 'email', subject: 'Chatter on the 4140 shafts', score: 66, tags: ['two-slot-in-authentic'],
  text: `Hi Greg,

Your post in the Practical Machinist forum about chatter on the 4140 shafts (3.5" stick-out, 1,200 RPM, the photo with the wavy finish) got a lot of answers, and most of them said "slow down." I sell toolholders, so I'm biased, but I don't think speed is your problem: at that stick-out a standard collet chuck is probably the weak link.

We make a damped holder that's meant for exactly that ratio. I'll send one out on a 30-day trial with a return label in the box.

Can you do a quick call Tuesday at 10 or Thursday at 2 so I can get the specs right?

Thanks,
Pat`,
  spans: [
    ['specific-reference', `Your post in the Practical Machinist forum about chatter on the 4140 shafts (3.5" stick-out, 1,200 RPM, the photo with the wavy finish)`],
    ['honest-reason', `I sell toolholders, so I'm biased`],
    ['concrete-detail', `at that stick-out a standard collet chuck is probably the weak link`],
    ['concrete-detail', `I'll send one out on a 30-day trial with a return label in the box.`],
    ['pushy-cta', `Can you do a quick call Tuesday at 10 or Thursday at 2 so I can get the specs right?`],
  ],
  notes: `Technical, personal and honest about bias; the two-slot call request at the end is the one scripted habit left in (the specs are already in his post). Low authentic.`,
},
{
  id: 'hen-036', channel: 'linkedin-connection', score: 86, apos: true, tags: ['no-pitch', 'typographic-apostrophe'],
  text: `Hi Imani — your thread on why your clinic stopped sending appointment reminders by text at 7am (the complaints from night-shift patients) changed how I set ours up. I sell scheduling software, but this isn't a pitch; I just wanted to follow your posts.`,
  spans: [
    ['specific-reference', `your thread on why your clinic stopped sending appointment reminders by text at 7am (the complaints from night-shift patients)`],
    ['own-voice', `changed how I set ours up`],
    ['honest-reason', `I sell scheduling software, but this isn't a pitch; I just wanted to follow your posts.`],
  ],
  notes: `Short connection note with a precise reference to one thread and an honest disclosure; no ask. Typographic apostrophes.`,
},
{
  id: 'hen-037', channel: 'linkedin-connection', score: 72, tags: ['filler-in-authentic'],
  text: `Hi Ruth, we sat at the same table at the Austin HR Tech breakfast on Thursday — you were the one who'd moved 300 warehouse staff to weekly pay. How did the bank fees work out in the end? Looking forward to connecting!`,
  spans: [
    ['specific-reference', `we sat at the same table at the Austin HR Tech breakfast on Thursday — you were the one who'd moved 300 warehouse staff to weekly pay`],
    ['genuine-question', `How did the bank fees work out in the end?`],
    ['filler', `Looking forward to connecting!`],
  ],
  notes: `Real shared moment and a real follow-up question; the stock closing line is the only filler.`,
},
{
  id: 'hen-038', channel: 'linkedin-message', score: 93, apos: true, tags: ['no-pitch', 'typographic-apostrophe'],
  text: `Hey Priscilla, thanks for connecting! Quick context so this isn't weird: I'm the one who asked the question about dbt test flakiness at your Data Council talk, and you said to message you.

You mentioned you quarantine flaky tests after 3 failures in 7 days. Do you un-quarantine them automatically, or does someone have to go back and look? We're arguing about exactly that on my team and I'd love your take. No product pitch, I work at a bank 🙂`,
  spans: [
    ['own-voice', `Quick context so this isn't weird`],
    ['specific-reference', `I'm the one who asked the question about dbt test flakiness at your Data Council talk, and you said to message you.`],
    ['specific-reference', `You mentioned you quarantine flaky tests after 3 failures in 7 days.`],
    ['genuine-question', `Do you un-quarantine them automatically, or does someone have to go back and look?`],
    ['honest-reason', `No product pitch, I work at a bank 🙂`],
  ],
  notes: `Peer message, no sale: precise reference to the talk and a question only she can answer. "Thanks for connecting!" is a pleasantry; the emoji at the end of a span is non-BMP.`,
},
{
  id: 'hen-039', channel: 'linkedin-message', score: 78, tags: ['filler-in-authentic', 'nonprofit'],
  text: `Thanks for connecting, Omar. I saw the Eastside Food Bank's volunteer signup form still goes to a Google Form that says “shifts for March 2024.” I build volunteer scheduling for food banks (paid, $40/month for orgs your size), but honestly the free version of SignUpGenius would fix most of it. Happy to show you either. Let me know if there's anything I can ever do to help!`,
  spans: [
    ['specific-reference', `the Eastside Food Bank's volunteer signup form still goes to a Google Form that says “shifts for March 2024.”`],
    ['honest-reason', `I build volunteer scheduling for food banks (paid, $40/month for orgs your size), but honestly the free version of SignUpGenius would fix most of it.`],
    ['low-pressure-ask', `Happy to show you either.`],
    ['filler', `Let me know if there's anything I can ever do to help!`],
  ],
  notes: `Checkable observation, price disclosed, and a competitor's free tool recommended; one stock filler line at the end.`,
},
{
  id: 'hen-040', channel: 'inmail', score: 89, tags: ['recruiter', 'salary-disclosed'],
  text: `Hi Tobias,

I'm a recruiter, and I'll give you the numbers first: Staff Data Engineer, fully remote (US), $205–230k base, at a 60-person climate analytics company. I found you through your Apache Iceberg PR that fixed the snapshot expiration bug with concurrent writers.

The catch: they're on call one week in six, and the equity is small. If you're happy where you are, no need to reply. If you're curious, I can send the team's own write-up of the pipeline before any call.

Thanks,
Joanne`,
  spans: [
    ['honest-reason', `I'm a recruiter, and I'll give you the numbers first`],
    ['concrete-detail', `Staff Data Engineer, fully remote (US), $205–230k base, at a 60-person climate analytics company`],
    ['specific-reference', `your Apache Iceberg PR that fixed the snapshot expiration bug with concurrent writers`],
    ['honest-reason', `The catch: they're on call one week in six, and the equity is small.`],
    ['low-pressure-ask', `If you're happy where you are, no need to reply.`],
    ['low-pressure-ask', `I can send the team's own write-up of the pipeline before any call.`],
  ],
  notes: `Recruiter InMail that leads with salary and the downsides, names the exact contribution that got him found, and needs no reply.`,
},
];
