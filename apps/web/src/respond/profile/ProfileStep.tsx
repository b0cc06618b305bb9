// The form is in the step checks' chunk, loaded after the first screens (see checks/later-steps).
export { ProfileStep } from "../checks/later-steps";
