// End-to-end: the typing robot (e2e/robot.mjs; see typing.test.mjs) on a 390-px phone, in a file
// of its own so each width has its own time.
import { test } from 'node:test';
import { useApp } from './harness.mjs';
import { robotRun } from './robot.mjs';

const app = useApp();

test('the typing robot on every screen (phone)', { timeout: 480_000 }, () => robotRun(app, 'phone', { width: 390, height: 844 }));
