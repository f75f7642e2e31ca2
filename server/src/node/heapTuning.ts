// Process set-up for our own Node processes (the command line, the language server; the bench's swagger child runs it
// too, to measure what they run). Not for the engine: it is also a library and a web worker.
//
// V8 pretenures the objects of an allocation site (an object literal) once most of them survive a young-generation
// collection: it then allocates them straight in the old generation. A swagger's tree is exactly that case (a megabyte
// of nodes outlives the collections that happen while the rules run), and once its node literals were pretenured,
// every store of a young string or child array into a node went through the write barrier's remembered set and old
// trees piled up until a full collection: the swagger corpus took 40–60 % more CPU time than with pretenuring off
// (scripts/bench, `--only spectral`). Nothing we run gains from pretenuring, so it is switched off at start.
import * as v8 from 'v8';

export function tuneHeap(): void {
  // A V8 flag read at each collection; setting it after start is supported for such flags (a no-op if unknown).
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
