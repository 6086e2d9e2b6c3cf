/**
 * Lets V8 compile the bundled CommonJS packages (React, React DOM, the scheduler) off the main thread.
 *
 * Rolldown wraps each CommonJS module in an arrow function it calls once, when the module is first required:
 * `__commonJSMin((exports, module) => { …the whole package… })`. V8 only pre-parses such a function while the
 * script streams in on a background thread, and compiles it in full on the main thread when it is called. For
 * React DOM that is one task of about 150 ms at 4× CPU slowdown, before anything is drawn. A function expression
 * in parentheses is V8's sign for «called at once» (PIFE), which it compiles eagerly while streaming. So after
 * minifying, each wrapper `helper((exports=>{…}))` becomes `helper((function(exports){…}))`.
 *
 * The rewrite keeps the meaning: the wrapper is called as a plain function in a module (strict mode), so `this` is
 * undefined either way, and an arrow at a module's top level has no `arguments` or `new.target` a body could use.
 */

/** The runtime's name for the CommonJS wrapper helper (its export `s as t` today), read from the runtime chunk. */
export function wrapperExport(runtimeCode) {
  // The helper: `name=(a,b)=>()=>(b||(a((b={exports:{}}).exports,b,b.exports),a=null),b.exports)`.
  const helper = /([\w$]+)=\(([\w$]+),([\w$]+)\)=>\(\)=>\(\3\|\|\(\2\(\(\3=\{exports:\{\}\}\)\.exports,\3,\3\.exports\),\2=null\),\3\.exports\)/.exec(runtimeCode);
  if (!helper) return undefined;
  const exported = new RegExp(`export\\{[^}]*?\\b${escape(helper[1])} as ([\\w$]+)`).exec(runtimeCode);
  return { local: helper[1], exported: exported?.[1] };
}

/** The chunk with every `helper((params=>{` and `helper(((a,b)=>{` made a parenthesised function expression. */
export function eagerWrappers(code, helperLocal) {
  const call = new RegExp(`(?<![\\w$.])(${escape(helperLocal)})\\(\\((?:([\\w$]+)|\\(([\\w$,]*)\\))=>\\{`, 'g');
  return code.replace(call, (_, name, one, many) => `${name}((function(${one ?? many}){`);
}

/** The local name a chunk imports the runtime's wrapper helper under, if it does. */
export function importedHelper(code, runtimeFile, exportedName) {
  const imports = new RegExp(`import\\{([^}]*)\\}from"\\./${escape(runtimeFile)}"`).exec(code);
  if (!imports) return undefined;
  for (const spec of imports[1].split(',')) {
    const [name, alias] = spec.split(' as ');
    if (name === exportedName) return alias ?? name;
  }
  return undefined;
}

/** Vite plugin: rewrites the wrappers in every client chunk once the chunks are final (minified). */
export function eagerCommonJs() {
  return {
    name: 'eager-commonjs',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      for (const runtime of chunks) {
        const helper = wrapperExport(runtime.code);
        if (!helper) {
          // A runtime whose wrapper this no longer recognises (a new Rolldown): say so rather than ship slow code.
          if (runtime.fileName.includes('rolldown-runtime') && runtime.code.includes('{exports:{}}')) this.error(`eager-commonjs: the CommonJS wrapper in ${runtime.fileName} has a shape this plugin does not know; update wrapperExport()`);
          continue;
        }
        runtime.code = eagerWrappers(runtime.code, helper.local);
        const runtimeFile = runtime.fileName.replace(/^.*\//, '');
        for (const chunk of chunks) {
          if (chunk === runtime || !helper.exported) continue;
          const local = importedHelper(chunk.code, runtimeFile, helper.exported);
          if (local) chunk.code = eagerWrappers(chunk.code, local);
        }
      }
    },
  };
}

function escape(s) {
  return s.replace(/[$]/g, '\\$');
}
