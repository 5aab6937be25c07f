// A browser entry: what a consumer's bundler sees when a web page imports @knet/core.
import { readNetwork } from '@knet/core';

const { network } = await readNetwork({ edges: { name: 'edges.csv', content: 'source,target\na,b\nb,c\n' } });
globalThis.knetConsumerResult = network.order;
