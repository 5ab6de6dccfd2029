import * as assert from 'node:assert/strict';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { rewriteDraft, RewriteRequest } from '../../../src/rewrite/rewriteDraft';
import { RewriteError } from '../../../src/rewrite/rewriteError';
import { buildVoiceProfile } from '../../../src/rewrite/voice/voiceProfile';
import { starterSources } from '../engine/fixturePacks';
import { Behaviour, FakeOpenAIServer } from '../../support/fakeOpenAIServer';

const ruleSet = buildRuleSet(starterSources());
const KEY = 'sk-local-test-key-000111222';

const EN_DRAFT = `Hi Priyanka,

I hope this email finds you well. Saw that your Leeds depot moved to 2 shifts in March; Tom Becker ran the same
change at Northwind and cut overtime by 18%. Notes: https://fieldnote.example.com/leeds.

Do you have 15 minutes on Thursday? Or write to d.okafor@fieldnote.io / +44 20 7946 0321.

Cheers,
Daniel Okafor
Field Note Ltd`;

const SECRETS = ['Priyanka', 'Tom Becker', 'Daniel', 'Okafor', 'd.okafor@fieldnote.io', '+44 20 7946 0321', 'fieldnote.example.com'];

/** The draft as the model received it (between the ----- markers of the user message). */
function draftIn(body: any): string {
  const user: string = body.messages.find((m: any) => m.role === 'user').content;
  return /-----\n([\s\S]*?)\n-----/.exec(user)![1]!;
}

function streamOf(text: string): Behaviour {
  return { kind: 'stream', pieces: text.match(/[\s\S]{1,12}/g) ?? [] };
}

describe('rewrite/rewriteDraft end to end (real SDK, local SSE server)', () => {
  let server: FakeOpenAIServer;
  let base: Omit<RewriteRequest, 'document'>;
  before(async () => {
    server = await new FakeOpenAIServer().start();
  });
  after(() => server.close());
  beforeEach(() => {
    server.reset();
    base = { ruleSet, endpoint: { baseURL: server.baseURL, apiKey: KEY, model: 'm', headerTimeoutMs: 1000, idleTimeoutMs: 500 } };
  });

  it('sends no real names, emails, phones or URLs, and restores them in the rewrite', async () => {
    // A faithful model: drops the cliché, keeps every placeholder and fact.
    server.fallback = (body) => streamOf(draftIn(body).replace('I hope this email finds you well. ', '').replace('Do you have 15 minutes on Thursday?', 'Could we compare notes for 15 minutes on Thursday?').replace('Or write to', 'If email suits the Leeds team better:'));
    const deltas: string[] = [];
    let last = '';
    const result = await rewriteDraft({ ...base, document: EN_DRAFT, onDelta: (d, soFar) => { deltas.push(d); last = soFar; } });
    const wire = JSON.stringify(server.requests[0]!.body);
    for (const s of SECRETS) assert.ok(!wire.includes(s), `${s} left the machine`);
    assert.deepEqual(server.requests[0]!.body.messages, result.sent.messages, '"sent" is exactly what the server received');
    assert.ok(wire.includes('⟦PERSON_1⟧') && wire.includes('⟦EMAIL_1⟧') && wire.includes('⟦PHONE_1⟧') && wire.includes('⟦URL_1⟧'));
    for (const s of ['Priyanka', 'Tom Becker', 'd.okafor@fieldnote.io', '+44 20 7946 0321', 'https://fieldnote.example.com/leeds']) {
      assert.ok(result.rewrite.includes(s), `${s} restored`);
    }
    assert.ok(!result.rewrite.includes('finds you well'));
    assert.ok(deltas.length > 3);
    assert.equal(last, result.rewrite, 'the streamed text, restored, ends as the rewrite');
    assert.ok(!result.original.includes('Field Note Ltd'), 'the signature block is not rewritten');
    assert.equal(result.report.verdict, 'pass', result.report.warnings.join(' | ') + JSON.stringify(result.report.scriptedRemaining));
    assert.ok(result.report.scoreAfter >= result.report.scoreBefore);
    assert.deepEqual(result.report.missingFacts, []);
  });

  it('flags a rewrite that drops a number (fail, missingFacts)', async () => {
    server.fallback = (body) => streamOf(draftIn(body).replace(' and cut overtime by 18%', '').replace('I hope this email finds you well. ', ''));
    const { report } = await rewriteDraft({ ...base, document: EN_DRAFT });
    assert.equal(report.verdict, 'fail');
    assert.deepEqual(report.missingFacts, ['18%']);
    assert.ok(report.warnings.some((w) => /missing: 18%/.test(w)));
  });

  it('flags possibly invented details and introduced merge tags', async () => {
    server.fallback = (body) => streamOf(draftIn(body).replace('I hope this email finds you well.', 'Hi {{first_name}}, we also helped Decathlon save 30%.'));
    const { report } = await rewriteDraft({ ...base, document: EN_DRAFT });
    assert.equal(report.verdict, 'fail');
    assert.ok(report.newFacts.includes('Decathlon') && report.newFacts.includes('30%'), report.newFacts.join(','));
    assert.deepEqual(report.mergeTagsIntroduced, ['{{first_name}}']);
  });

  it('flags a French rewrite that switches tu → vous', async () => {
    const fr = `Salut Inès !\n\nJ'ai vu ton talk à Lyon sur les relances, top. Je te contacte car on a réduit les relances de 30 % chez Colibri.\n\nTu as 10 minutes jeudi ?\n\nÀ très vite,\nCamille`;
    server.fallback = (body) => streamOf(draftIn(body).replace("J'ai vu ton talk", "J'ai vu votre talk").replace('Je te contacte car on', 'Nous').replace('Tu as 10 minutes jeudi ?', 'Auriez-vous 10 minutes jeudi ?'));
    const { report } = await rewriteDraft({ ...base, document: fr });
    assert.equal(report.addressBefore, 'tu');
    assert.equal(report.addressAfter, 'vous');
    assert.equal(report.verdict, 'fail');
    assert.ok(report.warnings.some((w) => /"tu" to "vous"/.test(w)));
  });

  it('restores placeholders the model re-cased or re-bracketed; flags made-up ones', async () => {
    server.fallback = () => streamOf('Hi [[person_1]], see ⟦ URL_1 ⟧ and ask ⟦PERSON_9⟧.');
    const { rewrite, report } = await rewriteDraft({ ...base, document: 'Hi Sarah,\nSee https://acme.example.com/x and reply.' });
    assert.equal(rewrite, 'Hi Sarah, see https://acme.example.com/x and ask ⟦PERSON_9⟧.');
    assert.deepEqual(report.unknownPlaceholders, ['⟦PERSON_9⟧']);
    assert.equal(report.verdict, 'fail');
  });

  it('uses the voice profile: described in the prompt, excerpts pseudonymised, distance measured against it', async () => {
    const profile = buildVoiceProfile([
      'Hey Jordan!\n\nLoved your post on hiring, super useful! We\'re totally in the same boat.\n\nTalk soon!\nMaya',
      'Hey Sam!\n\nCongrats on the launch! I\'d love to hear how the first week went 🙂\n\nTalk soon!\nMaya',
    ]);
    server.fallback = (body) => streamOf(draftIn(body).replace('I hope this email finds you well. ', ''));
    const { report, sent } = await rewriteDraft({ ...base, document: EN_DRAFT, profile });
    const system = sent.messages[0]!.content + sent.messages[1]!.content;
    assert.match(system, /Usually opens with "hey"/);
    assert.ok(!JSON.stringify(sent).includes('Jordan') && !JSON.stringify(sent).includes('Maya'));
    assert.equal(report.voiceReference, 'profile');
    assert.ok(report.voiceDistanceBefore > 0);
  });

  it('with pseudonymisation off, the draft goes as written (the rep chose it)', async () => {
    server.fallback = (body) => streamOf(draftIn(body));
    await rewriteDraft({ ...base, document: EN_DRAFT, pseudonymize: false });
    assert.ok(JSON.stringify(server.requests[0]!.body).includes('Priyanka'));
  });

  it('rewrites only a selection when given one', async () => {
    const start = EN_DRAFT.indexOf('I hope');
    const end = EN_DRAFT.indexOf('well.') + 5;
    server.fallback = () => streamOf('Quick context first.');
    const result = await rewriteDraft({ ...base, document: EN_DRAFT, range: { start, end } });
    assert.equal(result.original, 'I hope this email finds you well.');
    assert.deepEqual(result.target, { start, end });
    assert.match(result.sent.messages[0]!.content, /rewrite only this part/);
  });

  it('an API error rejects with a RewriteError and returns nothing to apply', async () => {
    server.next({ kind: 'status', status: 404 });
    await assert.rejects(rewriteDraft({ ...base, document: EN_DRAFT }), (e: unknown) => e instanceof RewriteError && e.code === 'model-not-found');
  });
});
