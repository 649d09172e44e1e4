// Reference for the bill benchmark: DuckDB (npm @duckdb/node-api) loading the same CSV into a
// database file. Usage: node duckdb-load.mjs FILE.csv DB (run from a folder where the package is
// installed: npm i @duckdb/node-api).
import { DuckDBInstance } from '@duckdb/node-api';
const file = process.argv[2];
const t0 = performance.now();
const instance = await DuckDBInstance.create(process.argv[3]);
const c = await instance.connect();
await c.run(`CREATE TABLE bill AS SELECT * FROM read_csv('${file}')`);
const r = await c.runAndReadAll('SELECT count(*) FROM bill');
console.log(`duckdb rows=${r.getRows()[0][0]} seconds=${((performance.now() - t0) / 1000).toFixed(3)}`);
