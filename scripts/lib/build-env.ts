/**
 * The environment for a release build started from another Node process.
 * Test runners set NODE_ENV=test, which children inherit; Vite then builds in
 * development mode (Preact's jsxDEV with source paths, devtools hooks). A
 * build is always a production build, whoever starts it.
 */
export function productionBuildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NODE_ENV: 'production' };
}
