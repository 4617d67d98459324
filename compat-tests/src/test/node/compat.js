'use strict';
/*
 * Drives a running ContactKit server with SuperOffice's official TypeScript client, @superoffice/webapi (the version
 * package-lock.json pins), used as an application would use it: its own ContactRestApi and ContactAgent, its own
 * objects sent back as it made them (camelCase, enums as numbers). Prints one line per call and ends with
 * "N passed, N failed"; exits 1 when any call failed.
 *
 * Environment: COMPAT_URL (http://127.0.0.1:PORT/), COMPAT_USER and COMPAT_PASSWORD (an administrator),
 * COMPAT_SEEDS (the folder of the seed pages' sample bodies, *.request.json).
 */
const fs = require('fs');
const path = require('path');
const { ContactRestApi, ContactAgent } = require('@superoffice/webapi');

const baseUrl = required('COMPAT_URL');
const user = required('COMPAT_USER');
const password = required('COMPAT_PASSWORD');
const seeds = required('COMPAT_SEEDS');

/** The client sends SO-Language and SO-Culture like an application configured for English. */
function client(Kind, secret) {
  // proxy: false, so that no proxy set in the environment is asked for a loopback address
  return new Kind(baseUrl, { auth: { username: user, password: secret }, proxy: false }, 'en', 'en');
}

const rest = client(ContactRestApi, password);
const agent = client(ContactAgent, password);

/** EnrichIds of the server's built-in sample dataset, and the company each names. */
const ENRICH_ID = 'no-914778271';
const ENRICHED_NAME = 'Fjordlys Instrumenter AS';
/** EFieldRight.Update | EFieldRight.UIHintMandatory, and ETableRight.FULL, as the client turns them into numbers. */
const MANDATORY_FIELD_MASK = 3 | 64;
const FULL_TABLE_MASK = 15;

let passed = 0;
let failed = 0;

async function call(name, request, body) {
  try {
    const outcome = await body();
    passed++;
    console.log(`PASS  ${name.padEnd(54)} ${request.padEnd(58)} ${outcome}`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${name.padEnd(54)} ${request.padEnd(58)} ${describe(error)}`);
  }
}

function describe(error) {
  if (error && error.response) {
    const body = JSON.stringify(error.response.data);
    return `HTTP ${error.response.status} ${body ? body.slice(0, 400) : ''}`;
  }
  return String(error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error);
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** The HTTP status a call was answered with when the client threw. */
async function statusOf(promise) {
  try {
    await promise;
  } catch (error) {
    if (error && error.response) {
      return error.response.status;
    }
    throw error;
  }
  throw new Error('answered without an error');
}

/** The client's object as JSON, without what every write changes (UpdatedDate): what "unchanged" compares. */
function comparable(entity) {
  const copy = JSON.parse(JSON.stringify(entity));
  delete copy.updatedDate;
  return copy;
}

function sameAs(before, after, what) {
  const a = JSON.stringify(comparable(before));
  const b = JSON.stringify(comparable(after));
  if (a !== b) {
    throw new Error(`${what} changed: ${firstDifference(a, b)}`);
  }
}

function firstDifference(a, b) {
  let at = 0;
  while (at < a.length && a[at] === b[at]) {
    at++;
  }
  return `before …${a.slice(Math.max(0, at - 60), at + 60)}… after …${b.slice(Math.max(0, at - 60), at + 60)}…`;
}

/** A seed page's sample request with its placeholders made valid, as the Java SeedSamplesContract does. */
function seedSample(page) {
  const sample = JSON.parse(fs.readFileSync(path.join(seeds, `${page}.request.json`), 'utf8'));
  sample.Emails = sample.Emails.map((email, n) => ({ ...email, Value: `contact${n}@${page.toLowerCase()}.example` }));
  sample.Interests = sample.Interests.map(interest => ({ ...interest, Id: 272 }));
  sample.UserDefinedFields = { ...sample.UserDefinedFields, 'SuperOffice:2': '1075984316' };
  return sample;
}

async function main() {
  let contact;
  let created;

  await call('ContactRestApi.getDefaultAsync', 'GET Contact/default', async () => {
    const fresh = await rest.getDefaultAsync();
    check(fresh.contactId === 0 && fresh.name === '', `a new contact, not ${fresh.contactId} "${fresh.name}"`);
    check(fresh.tableRight.mask === FULL_TABLE_MASK, `TableRight.Mask ${fresh.tableRight.mask}`);
    check(fresh.fieldProperties.Name.fieldRight.mask === MANDATORY_FIELD_MASK,
      `FieldProperties.Name mask ${fresh.fieldProperties.Name.fieldRight.mask}`);
    contact = fresh;
    return `ContactEntity, TableRight.Mask ${fresh.tableRight.mask}, Name mask ${MANDATORY_FIELD_MASK}`;
  });

  await call('ContactRestApi.postAsync (default, name set)', 'POST Contact', async () => {
    contact.name = 'Compat Default AS';
    created = await rest.postAsync(contact);
    check(created.contactId > 0 && created.name === contact.name, `created ${created.contactId} ${created.name}`);
    return `ContactId ${created.contactId}`;
  });
  const id = created ? created.contactId : 0;

  await call('ContactRestApi.getByIdAsync', `GET Contact/${id}`, async () => {
    const got = await rest.getByIdAsync(id);
    sameAs(created, got, 'the contact');
    return `ContactEntity "${got.name}"`;
  });

  await call('ContactRestApi.getByIdAsync (ifModifiedSince: not since)', `GET Contact/${id} If-Modified-Since`,
    async () => {
      const since = new Date(Math.ceil(created.updatedDate.getTime() / 1000) * 1000);
      const got = await rest.getByIdAsync(id, { ifModifiedSince: since });
      check(got === null, 'the client expected 304 and null');
      return '304, null';
    });

  await call('ContactRestApi.getByIdAsync (ifModifiedSince: modified)', `GET Contact/${id} If-Modified-Since`,
    async () => {
      const got = await rest.getByIdAsync(id, { ifModifiedSince: new Date(Date.now() - 3600 * 1000) });
      check(got && got.contactId === id, 'the contact');
      return '200 ContactEntity';
    });

  await call('ContactRestApi.putByIdAsync (as received)', `PUT Contact/${id}`, async () => {
    const before = await rest.getByIdAsync(id);
    const answered = await rest.putByIdAsync(id, before);
    sameAs(before, answered, 'the answer');
    sameAs(before, await rest.getByIdAsync(id), 'the stored contact');
    return '200, stored contact unchanged';
  });

  await call('ContactRestApi.putByIdAsync (changed)', `PUT Contact/${id}`, async () => {
    const got = await rest.getByIdAsync(id);
    got.department = 'Compatibility';
    got.emails = [{ value: 'post@compat.example' }];
    const answered = await rest.putByIdAsync(id, got);
    check(answered.department === 'Compatibility' && answered.emails[0].strippedValue === 'post@compat.example',
      `department ${answered.department}`);
    return `200, Department "${answered.department}"`;
  });

  await call('ContactRestApi.putByIdAsync (ifUnmodifiedSince: stale)', `PUT Contact/${id} If-Unmodified-Since`,
    async () => {
      const before = await rest.getByIdAsync(id);
      const stale = { ...before, department: 'Lost update' };
      const status = await statusOf(rest.putByIdAsync(id, stale, { ifUnmodifiedSince: new Date(0) }));
      check(status === 412, `status ${status}`);
      sameAs(before, await rest.getByIdAsync(id), 'the stored contact');
      return '412, stored contact unchanged';
    });

  await call('ContactRestApi.patchByIdAsync (operations)', `PATCH Contact/${id} [ops]`, async () => {
    const patched = await rest.patchByIdAsync(id, [
      { op: 'test', path: '/department', value: 'Compatibility' },
      { op: 'replace', path: '/department', value: 'Patched' },
      { op: 'add', path: '/urls/-', value: { value: 'https://compat.example', description: 'Home' } }]);
    check(patched.department === 'Patched' && patched.urls.length === 1, `department ${patched.department}`);
    return `200, Department "${patched.department}"`;
  });

  await call('ContactRestApi.patchByIdAsync (partial entity)', `PATCH Contact/${id} {…}`, async () => {
    const patched = await rest.patchByIdAsync(id, { department: 'Merged', number1: 'N-1' });
    check(patched.department === 'Merged' && patched.number1 === 'N-1', `department ${patched.department}`);
    return `200, Department "${patched.department}"`;
  });

  await call('ContactRestApi.patchByIdAsync (whole entity as received)', `PATCH Contact/${id} {…}`, async () => {
    const before = await rest.getByIdAsync(id);
    const patched = await rest.patchByIdAsync(id, before);
    sameAs(before, patched, 'the answer');
    return '200, unchanged';
  });

  await call('ContactRestApi.patchByIdAsync (test fails)', `PATCH Contact/${id} [test]`, async () => {
    const status = await statusOf(rest.patchByIdAsync(id, [
      { op: 'test', path: '/department', value: 'Something else' },
      { op: 'replace', path: '/department', value: 'Never' }]));
    check(status === 409, `status ${status}`);
    return '409';
  });

  await call('ContactRestApi.postAsync (invalid)', 'POST Contact', async () => {
    const status = await statusOf(rest.postAsync({ name: 'Bad', emails: [{ value: 'not an address' }] }));
    check(status === 400, `status ${status}`);
    return '400';
  });

  await call('POST Contact/Validate (the REST client\'s axios)', 'POST Contact/Validate', async () => {
    const got = await rest.getByIdAsync(id);
    got.name = '';
    // ContactRestApi lists Validate but has no method for it: its own configured HTTP client sends the entity
    const answer = await rest._axios.post('Validate', got, { baseURL: rest._options.baseUrl });
    check(answer.status === 200 && answer.data.Name, `messages ${JSON.stringify(answer.data)}`);
    check((await rest.getByIdAsync(id)).name === 'Compat Default AS', 'validating stored something');
    return `200 ${JSON.stringify(answer.data)}`;
  });

  await call('ContactAgent.createDefaultContactEntityAsync', 'POST Agents/Contact/CreateDefaultContactEntity',
    async () => {
      const fresh = await agent.createDefaultContactEntityAsync();
      check(fresh.contactId === 0 && fresh.tableRight.mask === FULL_TABLE_MASK, `contact ${fresh.contactId}`);
      contact = fresh;
      return `ContactEntity, Associate ${fresh.associate && fresh.associate.type}`;
    });

  let saved;
  await call('ContactAgent.saveContactEntityAsync (new)', 'POST Agents/Contact/SaveContactEntity', async () => {
    contact.name = 'Compat Agent AS';
    saved = await agent.saveContactEntityAsync(contact);
    check(saved.contactId > 0, `ContactId ${saved.contactId}`);
    return `ContactId ${saved.contactId}`;
  });
  const agentId = saved ? saved.contactId : 0;

  await call('ContactAgent.getContactEntityAsync', `POST Agents/Contact/GetContactEntity?contactEntityId=${agentId}`,
    async () => {
      const got = await agent.getContactEntityAsync(agentId);
      sameAs(saved, got, 'the contact');
      return `ContactEntity "${got.name}"`;
    });

  await call('ContactAgent.saveContactEntityAsync (existing, as received)', 'POST Agents/Contact/SaveContactEntity',
    async () => {
      const before = await agent.getContactEntityAsync(agentId);
      const answered = await agent.saveContactEntityAsync(before);
      sameAs(before, answered, 'the answer');
      sameAs(before, await agent.getContactEntityAsync(agentId), 'the stored contact');
      return '200, stored contact unchanged';
    });

  await call('ContactAgent.saveContactEntityAsync (existing, changed)', 'POST Agents/Contact/SaveContactEntity',
    async () => {
      const got = await agent.getContactEntityAsync(agentId);
      got.department = 'Agents';
      const answered = await agent.saveContactEntityAsync(got);
      check(answered.contactId === agentId && answered.department === 'Agents', `department ${answered.department}`);
      return `200, Department "${answered.department}"`;
    });

  await call('ContactAgent.validateContactEntityAsync (valid)', 'POST Agents/Contact/ValidateContactEntity',
    async () => {
      const messages = await agent.validateContactEntityAsync(await agent.getContactEntityAsync(agentId));
      check(Object.keys(messages).length === 0, JSON.stringify(messages));
      return '200 {}';
    });

  await call('ContactAgent.validateContactEntityAsync (invalid)', 'POST Agents/Contact/ValidateContactEntity',
    async () => {
      const got = await agent.getContactEntityAsync(agentId);
      got.name = '';
      got.emails = [{ value: 'not an address' }];
      const messages = await agent.validateContactEntityAsync(got);
      check(messages.Name && messages['Emails[0].Value'], JSON.stringify(messages));
      check((await agent.getContactEntityAsync(agentId)).name === 'Compat Agent AS', 'validating stored something');
      return `200 ${JSON.stringify(messages)}`;
    });

  await call('ContactAgent.enrichContactEntityAsync', 'POST Agents/Contact/EnrichContactEntity', async () => {
    const got = await agent.getContactEntityAsync(agentId);
    const enriched = await agent.enrichContactEntityAsync(got, ENRICH_ID);
    const street = enriched.address && enriched.address.street;
    check(enriched.contactId === agentId && street && street.address1 === 'Brygga 4', `enriched ${JSON.stringify(street)}`);
    check((await agent.getContactEntityAsync(agentId)).phones.length === 0, 'enriching stored something');
    return `200, Street "${street.address1}", ${enriched.phones.length} phone, not saved`;
  });

  await call('ContactAgent.enrichContactEntityAsync (new)', 'POST Agents/Contact/EnrichContactEntity', async () => {
    const enriched = await agent.enrichContactEntityAsync({ contactEntity: null, enrichId: ENRICH_ID });
    check(enriched.name === ENRICHED_NAME, `name ${enriched.name}`);
    return `200 "${enriched.name}"`;
  });

  await call('custom fields of every type (saveContactEntityAsync)', 'POST Agents/Contact/SaveContactEntity',
    async () => {
      const fresh = await agent.createDefaultContactEntityAsync();
      fresh.name = 'Compat Custom Fields AS';
      fresh.userDefinedFields = {
        'SuperOffice:1': 'text', 'SuperOffice:2': '[I:42]', 'SuperOffice:3': '[I:2]',
        'SuperOffice:4': '[F:4.43]', 'SuperOffice:5': '[D:05/05/1999]', 'SuperOffice:6': 'True',
      };
      fresh.extraFields = { x_region: 'north' };
      const savedFields = await agent.saveContactEntityAsync(fresh);
      const fields = savedFields.userDefinedFields;
      check(fields['SuperOffice:2'] === '[I:42]' && fields['SuperOffice:3'] === '[I:2]'
        && fields['SuperOffice:3:DisplayText'] === 'Silver' && fields['SuperOffice:4'] === '[F:4.43]'
        && fields['SuperOffice:5'] === '[D:05/05/1999]' && fields['SuperOffice:6'] === 'True',
      JSON.stringify(fields));
      const before = await rest.getByIdAsync(savedFields.contactId);
      sameAs(before, await rest.putByIdAsync(before.contactId, before), 'PUT as received');
      sameAs(before, await agent.saveContactEntityAsync(before), 'SaveContactEntity as received');
      sameAs(before, await rest.getByIdAsync(before.contactId), 'the stored contact');
      return `encoded ${JSON.stringify(fields)}, round trips unchanged`;
    });

  for (const page of ['v1ContactEntity_PostContactEntity', 'v1ContactEntity_PutContactEntity',
    'v1ContactAgent_SaveContactEntity']) {
    await call(`seed sample ${page}`, 'POST Contact, PUT and SaveContactEntity back', async () => {
      const made = await rest.postAsync(seedSample(page));
      const before = await rest.getByIdAsync(made.contactId);
      sameAs(before, await rest.putByIdAsync(made.contactId, before), 'PUT as received');
      sameAs(before, await agent.saveContactEntityAsync(before), 'SaveContactEntity as received');
      sameAs(before, await rest.patchByIdAsync(made.contactId, before), 'PATCH as received');
      sameAs(before, await rest.getByIdAsync(made.contactId), 'the stored contact');
      return `ContactId ${made.contactId}, round trips unchanged`;
    });
  }

  await call('ContactAgent.deleteContactEntityAsync', `POST Agents/Contact/DeleteContactEntity?ContactEntityId=${agentId}`,
    async () => {
      await agent.deleteContactEntityAsync(agentId);
      const status = await statusOf(rest.getByIdAsync(agentId));
      check(status === 404, `then GET answered ${status}`);
      return '204, then GET 404';
    });

  await call('ContactRestApi.deleteByIdAsync', `DELETE Contact/${id}`, async () => {
    await rest.deleteByIdAsync(id);
    const status = await statusOf(rest.getByIdAsync(id));
    check(status === 404, `then GET answered ${status}`);
    return '204, then GET 404';
  });

  await call('ContactRestApi.getByIdAsync (unknown id)', 'GET Contact/2147483647', async () => {
    const status = await statusOf(rest.getByIdAsync(2147483647));
    check(status === 404, `status ${status}`);
    return '404';
  });

  await call('ContactRestApi.getDefaultAsync (wrong password)', 'GET Contact/default', async () => {
    const status = await statusOf(client(ContactRestApi, `${password}-wrong`).getDefaultAsync());
    check(status === 401, `status ${status}`);
    return '401';
  });

  await call('ContactAgent.getContactEntityAsync (wrong password)', 'POST Agents/Contact/GetContactEntity', async () => {
    const status = await statusOf(client(ContactAgent, `${password}-wrong`).getContactEntityAsync(1));
    check(status === 401, `status ${status}`);
    return '401';
  });

  console.log(`compat: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

main().catch(error => {
  console.log(`FAIL  the suite itself: ${describe(error)}`);
  process.exitCode = 1;
});
