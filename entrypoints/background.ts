export default defineBackground(() => {
  console.log('Steppe Lens background started');
});
