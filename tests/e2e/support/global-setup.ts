import { ensureWebBuild } from './build.ts';

export default function setup() {
  ensureWebBuild();
}
