// Preloaded (`node --require`) into the processes the bench compares: refuses every network connection (the bench
// runs offline; a peer that tries to download something is counted, and fails as it would offline), and writes the
// process's CPU time (user + system, GC threads included) to PP_BENCH_CHILD_REPORT at exit.
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const net = require('net');
const tls = require('tls');

let blocked = 0;
const refuse = what => function refused() {
  blocked++;
  throw new Error(`pp-connector bench: network access refused (${what})`);
};
http.request = http.get = refuse('http');
https.request = https.get = refuse('https');
net.connect = net.createConnection = refuse('net');
tls.connect = refuse('tls');
globalThis.fetch = async () => { blocked++; throw new Error('pp-connector bench: network access refused (fetch)'); };

process.on('exit', () => {
  const u = process.cpuUsage();
  const file = process.env.PP_BENCH_CHILD_REPORT;
  if (file) fs.writeFileSync(file, JSON.stringify({ cpuMs: (u.user + u.system) / 1000, blocked }));
});
