/**
 * Resolves the Neo4j Community server jars from Maven Central with Maven (neo4j/pom.xml)
 * and caches the classpath, so only the first start pays for the download.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

export type Log = (line: string) => void;

const POM = join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const CACHE_DIR = join(PROJECT_ROOT, '.ontocase');

function pomDigest(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
}

function cachedClasspath(cacheFile: string): string | null {
  if (!existsSync(cacheFile)) return null;
  const classpath = readFileSync(cacheFile, 'utf8').trim();
  const jars = classpath.split(':');
  return jars.length > 0 && jars.every((jar) => existsSync(jar)) ? classpath : null;
}

function runMaven(outputFile: string, log: Log): Promise<void> {
  const mvn = process.env.MAVEN_CMD ?? 'mvn';
  const args = [
    '-B',
    '-f',
    POM,
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath',
    `-Dmdep.outputFile=${outputFile}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    let tail: string[] = [];
    const onChunk = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail = [...tail.slice(-19), line];
        if (line.includes('Downloaded from')) {
          downloaded += 1;
          if (downloaded % 25 === 0) log(`  Maven: ${downloaded} artifacts downloaded…`);
        }
      }
    };
    child.stdout.on('data', onChunk);
    child.stderr.on('data', onChunk);
    child.on('error', (error) => reject(new Error(`Could not run Maven ("${mvn}"): ${error.message}. Install Maven 3 or set MAVEN_CMD.`)));
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      reject(new Error(`Maven could not resolve Neo4j (exit ${code}). Last output:\n${tail.join('\n')}`));
    });
  });
}

/** The server's Java classpath; resolves it with Maven on first use (progress goes to `log`). */
export async function neo4jClasspath(log: Log): Promise<string> {
  const cacheFile = join(CACHE_DIR, `neo4j-classpath-${pomDigest()}.txt`);
  const cached = cachedClasspath(cacheFile);
  if (cached) return cached;
  mkdirSync(CACHE_DIR, { recursive: true });
  log('Resolving Neo4j Community from Maven Central (first start only; about 160 MB)…');
  await runMaven(cacheFile, log);
  const resolved = cachedClasspath(cacheFile);
  if (!resolved) throw new Error(`Maven finished but wrote no usable classpath to ${cacheFile}`);
  log('Neo4j resolved and cached.');
  writeFileSync(cacheFile, resolved);
  return resolved;
}
