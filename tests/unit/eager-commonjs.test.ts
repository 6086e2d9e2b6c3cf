/**
 * scripts/eager-commonjs.mjs: the bundled CommonJS wrappers become parenthesised function expressions (which V8
 * compiles while the script streams in), and the code means the same after the rewrite.
 */
import { describe, expect, test } from 'vitest';
import { eagerWrappers, importedHelper, wrapperExport } from '../../scripts/eager-commonjs.mjs';

// The shape of Rolldown's minified runtime and of a chunk that uses its CommonJS wrapper, as in dist/_astro.
const RUNTIME = 'var e=Object.create,o=(e,t,n)=>()=>n,s=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports),c=(e,n)=>{};export{c as n,o as o,s as t};';
const CHUNK = 'import{o as e,t as r}from"./rolldown-runtime.BCiCTKAo.js";var a=r((e=>{e.answer=41;function f(){return 1}e.answer+=f()})),b=r(((e,t)=>{t.exports={inner:a().answer}})),q=x.r((e=>{}));export{b as t};';

describe('eager CommonJS wrappers', () => {
  test('finds the wrapper helper in the runtime and its exported name', () => {
    expect(wrapperExport(RUNTIME)).toEqual({ local: 's', exported: 't' });
    expect(wrapperExport('var a=1;export{a as t};')).toBeUndefined();
  });

  test('finds the name a chunk imports the helper under', () => {
    expect(importedHelper(CHUNK, 'rolldown-runtime.BCiCTKAo.js', 't')).toBe('r');
    expect(importedHelper('import{t}from"./rolldown-runtime.BCiCTKAo.js";', 'rolldown-runtime.BCiCTKAo.js', 't')).toBe('t');
    expect(importedHelper('import{o as e}from"./rolldown-runtime.BCiCTKAo.js";', 'rolldown-runtime.BCiCTKAo.js', 't')).toBeUndefined();
  });

  test('rewrites every wrapper call, and only those', () => {
    const out = eagerWrappers(CHUNK, 'r');
    expect(out).toContain('a=r((function(e){e.answer=41;');
    expect(out).toContain('b=r((function(e,t){t.exports=');
    // A method of the same name on another object is not the helper.
    expect(out).toContain('q=x.r((e=>{}))');
    expect(out.match(/=>\{/g)).toHaveLength(1);
  });

  test('the rewritten chunk gives the same exports', () => {
    const run = (chunk: string) => {
      const helper = (e: (exports: object, module: { exports: object }) => void, t?: { exports: object }) => () => (t || (e((t = { exports: {} }).exports, t), t), t.exports);
      const body = chunk.replace(/^import[^;]*;/, '').replace(/,q=x\.r\(\(e=>\{\}\)\)/, '').replace(/export\{b as t\};$/, 'return b();');
      return new Function('r', `"use strict";${body}`)(helper);
    };
    expect(run(CHUNK)).toEqual({ inner: 42 });
    expect(run(eagerWrappers(CHUNK, 'r'))).toEqual({ inner: 42 });
  });
});
