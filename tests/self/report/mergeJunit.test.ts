/** report:merge's JUnit side: the shards' junit.xml files as one. */
import { test, expect } from '@playwright/test';
import { mergeJunit } from '../../../lib/report/mergeJunit';

const shard1 = `<testsuites id="" name="" tests="3" failures="1" skipped="0" errors="0" time="2.5">
<testsuite name="tests/conformance/mark.spec.ts" timestamp="2026-01-01T00:00:02.000Z" hostname="conformance" tests="2" failures="1" skipped="0" time="1.5" errors="0">
<testcase name="clears ClearMark bits" classname="tests/conformance/mark.spec.ts" time="1">
<failure message="expected" type="FAILURE">
<![CDATA[a test that printed </testsuite> and <testsuite name="fake"> must not cut the suite]]>
</failure>
</testcase>
<testcase name="sets SetMark bits" classname="tests/conformance/mark.spec.ts" time="0.5">
</testcase>
</testsuite>
<testsuite name="tests/conformance/search.spec.ts" timestamp="2026-01-01T00:00:02.000Z" hostname="conformance" tests="1" failures="0" skipped="0" time="1" errors="0">
<testcase name="searches" classname="tests/conformance/search.spec.ts" time="1">
</testcase>
</testsuite>
</testsuites>`;

const shard2 = `<testsuites id="" name="" tests="2" failures="0" skipped="1" errors="0" time="1.25">
<testsuite name="tests/conformance/mark.spec.ts" timestamp="2026-01-01T00:00:01.000Z" hostname="conformance" tests="2" failures="0" skipped="1" time="0.25" errors="0">
<testcase name="marks 100 conversations" classname="tests/conformance/mark.spec.ts" time="0.25">
</testcase>
<testcase name="basic edition" classname="tests/conformance/mark.spec.ts" time="0">
<skipped>
</skipped>
</testcase>
</testsuite>
</testsuites>`;

test('joins the suites of one spec file from two shards, adds up their counts and keeps every testcase', () => {
  const { xml, problems } = mergeJunit([{ label: 'shard 1/2', xml: shard1 }, { label: 'shard 2/2', xml: shard2 }], { timeSeconds: 3 });
  expect(problems).toEqual([]);
  expect(xml.split('\n')[0]).toBe('<testsuites id="" name="" tests="5" failures="1" skipped="1" errors="0" time="3">');
  const suites = [...xml.matchAll(/^<testsuite ([^>]*)>/gm)].map((m) => m[1]);
  expect(suites).toEqual([
    'name="tests/conformance/mark.spec.ts" timestamp="2026-01-01T00:00:01.000Z" hostname="conformance" tests="4" failures="1" skipped="1" time="1.75" errors="0"',
    'name="tests/conformance/search.spec.ts" timestamp="2026-01-01T00:00:02.000Z" hostname="conformance" tests="1" failures="0" skipped="0" time="1" errors="0"',
  ]);
  expect([...xml.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1])).toEqual(['clears ClearMark bits', 'sets SetMark bits', 'marks 100 conversations', 'basic edition', 'searches']);
  expect(xml).toContain('a test that printed </testsuite> and <testsuite name="fake"> must not cut the suite');
});

test('names a file that is not a JUnit report instead of merging it', () => {
  const { xml, problems } = mergeJunit([{ label: 'shard 1/2', xml: shard1 }, { label: 'shard 2/2', xml: '<html>oops</html>' }], { timeSeconds: 1 });
  expect(problems).toEqual(['shard 2/2: junit.xml has no <testsuites> element']);
  expect(xml).toContain('tests="3"');
});
