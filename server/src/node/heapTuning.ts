// Process set-up for the command line, which checks many files in one process (the bench's swagger child runs it too,
// to measure what the command line runs). Not for the engine (also a library and a web worker), and not for the
// language server: see below.
//
// V8 pretenures the objects of an allocation site (an object literal) once most of them survive a young-generation
// collection: it then allocates them straight in the old generation. Over a tree of connectors that goes wrong: a
// large swagger's tree outlives the collections that happen while the rules run, its node literals get pretenured,
// and the trees of the hundreds of small swaggers that follow are then made in the old generation too, where every
// store of a young string or child array into a node goes through the write barrier's remembered set, and the dead
// trees stay until a full collection. On the 759 corpus swaggers in one process that cost a third to a half more CPU
// time.
// The language server keeps V8's default: it re-makes one tree per edit, and there pretenuring pays (measured on the
// 1 MB swagger, median 106–145 ms per analysis with it, 138–154 ms without).
import * as v8 from 'v8';

export function tuneHeap(): void {
  // A V8 flag read at each collection; setting it after start is supported for such flags (a no-op if unknown).
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
