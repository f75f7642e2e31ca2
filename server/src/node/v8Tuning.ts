// V8 settings for our own Node processes, set at their start (flags V8 reads each time it collects or compiles, so
// setting them after start takes effect). Not for the engine, which is also a library and a web worker. Measured
// with `npm run bench` (README → Performance) and in-process over the 759 corpus swaggers; the figures below are CPU
// time on a quiet 2-core machine.
import * as v8 from 'v8';

/**
 * Both processes: no inlining by the optimising compiler. Our hot code is many mid-sized functions (157 swagger
 * rules, 46 apiProperties rules, the parsers), each optimised and, as the documents they meet change shape,
 * deoptimised and optimised again; with inlining every such compile re-optimises the callees it pulls in, and those
 * compiles (on a helper thread, but CPU all the same) cost more than the inlining saves: checking the corpus
 * swaggers in one process took 4.6–4.9 s of CPU with it and 3.0–3.2 s without, 3.3–3.5 s of wall time against
 * 2.6–2.8 s. In the language server, re-validating the 1 MB swagger after an edit: p95 109–120 ms against
 * 116–131 ms, and 5.2–6.6 s of CPU for a session of 43 edits against 7.2 s.
 */
const NO_INLINING = '--no-turbo-inlining';

/**
 * Both processes: a function is handed to the optimising compiler after about four times as much interpreted work as
 * V8's default (its "interrupt budget", 67,584 bytecode bytes). Most of our functions run over a few documents and
 * are then done: compiling them cost more than it saved. `node --trace-opt` over the corpus swaggers listed 470
 * optimising compiles, 10–38 ms each (a rule's `check`, the shape walk, the parser), and the process spent a third of
 * its CPU time compiling. With the higher budget: the corpus swaggers 2.27–2.40 s -> 1.97–2.08 s CPU (wall 1.54–1.59
 * -> 1.47–1.51 s); the largest swagger (1 MB) alone 139–144 -> 124–128 ms; the apiProperties corpus, whole passes
 * after a forced collection, about 200 -> 182 ms. Re-validation of the 1 MB swagger through the server is unchanged
 * (p95 55–60 ms either way): there the hot functions reach any budget within the first edits.
 */
const LATER_OPTIMISATION = '--interrupt-budget=300000';

/**
 * The command line also switches allocation-site pretenuring off. V8 pretenures the objects of an object literal
 * once most of them survive a young-generation collection. Over a tree of connectors that goes wrong: a large
 * swagger's tree outlives the collections that happen while the rules run, its node literals get pretenured, and the
 * trees of the hundreds of small swaggers that follow are made in the old generation too, where every store of a
 * young string or child array into a node goes through the remembered set and the dead trees wait for a full
 * collection: the corpus swaggers cost a third to a half more CPU time with it.
 */
export function tuneCommandLine(): void {
  v8.setFlagsFromString(NO_INLINING);
  v8.setFlagsFromString(LATER_OPTIMISATION);
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}

/**
 * The language server keeps pretenuring: it re-makes one tree per edit, and there it pays (the 1 MB swagger's
 * re-validation through the server, p95 93–101 ms with it, 118–121 ms without).
 */
export function tuneLanguageServer(): void {
  v8.setFlagsFromString(NO_INLINING);
  v8.setFlagsFromString(LATER_OPTIMISATION);
}
