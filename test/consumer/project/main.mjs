// A consumer's script: imports the installed @knet/core from Node ESM, reads a network from strings and
// from files, and prints what it found as JSON for the test to check.
import { readNetwork, csrOf } from '@knet/core';
import { readNetworkFiles } from '@knet/core/node';

const edges = 'source,target,weight\nWigan Council,iNetwork,2\niNetwork,Oldham Council,1\nOldham Council,Wigan Council,1\n';
const fromText = await readNetwork({ edges: { name: 'edges.csv', content: edges } });
const fromFiles = await readNetworkFiles({ nodes: process.argv[2], edges: process.argv[3] });

console.log(JSON.stringify({
  textOrder: fromText.network.order,
  textTies: csrOf(fromText.network).out.offsets[fromText.network.order] / 2,
  fileOrder: fromFiles.network.order,
  fileFlows: fromFiles.network.flows.count,
  firstLabel: fromFiles.network.organisations[0].label,
}));
