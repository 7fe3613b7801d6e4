// Phaser's CommonJS sources have no types of their own; client/scene/phaser-lite.ts gives each part its type
// from Phaser's published declarations.
declare module "phaser-src/*" {
  const part: unknown;
  export default part;
}
