// The Custom Elements Manifest is generated from each element's JSDoc contract (see ARCHITECTURE.md, convention 7).

/** Keeps the manifest (and so Storybook's docs) to the public API: no `#private` or `private` members. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!Array.isArray(declaration.members)) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    },
  };
}

export default {
  // The form base class is scanned too, so each form's inherited attributes, events and parts are documented.
  globs: ['src/components/**/*.ts', 'src/kit/form/element.ts'],
  // Each element is `components/<name>/<name>.ts`; its other modules (messages, styles, contract, steps, geometry,
  // tests, stories) have a second dot in their names and are no API.
  exclude: ['src/components/**/*.*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicMembersOnly()],
};
