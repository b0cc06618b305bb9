import type { RespondMessages } from "./messages";

export const en: RespondMessages = {
  title: "SMI study questionnaire",
  common: {
    continue: "Continue",
    back: "Back",
    retry: "Try again",
    reload: "Reload the page",
    yes: "Yes",
    no: "No",
    offline: "There is no internet connection. Check your connection and try again.",
    draftRestored:
      "This device kept what you filled in here last time; it has not been sent yet. Check it and press Continue.",
    rateLimited:
      "Too many requests in a short time. Please wait a minute and try again; your answers are saved.",
    stale:
      "This page is out of date (perhaps you went on in another tab). Reload the page to see the latest version.",
    failed: "Something went wrong. Please try again in a few moments.",
    checkFields: "Please check the fields marked below.",
    requiredNote: "Fields marked * are required.",
  },
  unavailable: {
    title: "This link cannot be used",
    reasons: {
      NOT_FOUND:
        "This link is not valid. Please check that you opened the whole link from the invitation e-mail.",
      EXPIRED:
        "This link has expired. If you would still like to take part, we will gladly send you a new one.",
      REVOKED:
        "This link is no longer active. If you think this is a mistake, we will gladly send you a new one.",
    },
    writeForNewLink: "To get a new link, write to us at",
    aboutStudy: "About the study",
  },
  optOut: {
    problems: {
      OPT_OUT_MALFORMED:
        "This opt-out link is incomplete. Please open the whole link from the e-mail (mail programs sometimes break it over two lines).",
      OPT_OUT_UNKNOWN:
        "This opt-out link is not valid. Please open the whole link from the e-mail; nothing was changed.",
    },
  },
  studyFooter: {
    questions: "For any question, write to us at",
    controller: "Data controller",
    investigator: "Principal investigator",
    ethics: "Ethics approval",
    contact: "Questions about the study",
  },
  rateLimitedPage: {
    title: "Too many requests",
    body: "This link was used too many times in a short while. Please wait a minute and try again; the answers you gave so far are saved.",
  },
  loadFailed: {
    title: "The questionnaire could not be loaded",
    body: "Please check your internet connection and try again.",
  },
  welcome: {
    title: "Welcome",
    invitedFor: (company) => `You received this invitation for ${company}.`,
    whoHeading: "Who runs the study",
    who: (controller) =>
      `The study is run by ${controller}, as part of research on sales–marketing integration (SMI) in small and medium-sized enterprises of western Romania.`,
    whyHeading: "Why we ask you to take part",
    why: "We want to learn how well sales and marketing work together in SMEs and how this relates to company results. At the end you get your company's score, its category and ideas on what companies with integrated sales and marketing do.",
    howLongHeading: "How long it takes",
    howLong:
      "About 10 minutes: a few company details, 20 statements answered on a scale from 1 to 5, some optional performance figures and a description of how you work.",
    resume:
      "Every answer is saved as you give it. You can stop at any time and continue where you left off, on another device too, with the same link.",
    validUntil: (date) => `This link is valid until ${date}.`,
    languageHint: "You can change the language at any time at the top of the page (Română / English).",
    start: "Start",
  },
  consent: {
    title: "Information and consent",
    intro: "Before you start, please read how we use the data. Nothing you answer is stored until you agree.",
    version: (version) => `Notice version: ${version}`,
    agree: "I agree and continue",
    decline: "I do not wish to take part",
    declinedTitle: "You chose not to take part",
    declinedBody:
      "We recorded that you do not wish to take part in the study, and we will send you no more messages about it. Thank you for your time.",
    declinedContact: "If you change your mind or have questions, write to us at",
  },
  profile: {
    title: "Company details",
    intro: (company) =>
      `Please confirm or correct the details of ${company}. We use them to check that the company belongs to the study's population and to compare groups of companies.`,
    county: "County of the registered office",
    countyChoose: "Choose the county",
    countyOther: "Another county",
    countyOtherName: "Name of the county",
    employees: "Number of employees",
    employeesHint: "The average over the last year, as a whole number.",
    turnover: "Annual turnover (EUR)",
    balanceSheet: "Balance-sheet total (EUR)",
    moneyHint: "In euro, from the latest balance sheet. Leave empty if you do not know.",
    marketingDept: "Does the company have a marketing department distinct from sales?",
    marketingDeptHint: "Even if it is a single person.",
    confirm: "Confirm and continue",
    errors: {
      county: "Choose the county of the registered office or type its name.",
      employees: (max) => `Enter the number of employees as a whole number from 0 to ${max}.`,
      turnoverEur: "Enter an amount in euro of at least 0, or leave the field empty.",
      balanceSheetEur: "Enter an amount in euro of at least 0, or leave the field empty.",
      hasMarketingDept: "Choose Yes or No.",
    },
  },
  screenedOut: {
    title: "Thank you for your time",
    body: "According to the details you confirmed, the company is outside this study's population, so there is no need to fill in the questionnaire:",
    correction: "If you entered a value by mistake, you can correct the company details.",
    correct: "Correct the company details",
  },
  statements: {
    heading: (n, total) => `Statement ${n} of ${total}`,
    instruction: "How much do you agree with the statement below, for your company?",
    keyboardHint: "With a keyboard: the arrow keys choose an answer, Enter moves on.",
    chooseFirst: "Choose an answer to continue.",
    saving: "Saving…",
    saved: "Answer saved.",
    saveFailed: "The answer could not be saved yet. We will try again when the connection returns.",
    savedOnDevice:
      "No connection: the answer is kept on this device only and is sent automatically when the connection returns, even if you close the page meanwhile and open it again.",
    backToReview: "Back to the review",
  },
  performance: {
    title: "Performance indicators",
    intro:
      "Every indicator is optional and covers the last 12 months. Give approximate figures if you do not know them exactly, leave a field empty, or tick “Prefer not to say”.",
    range: (min, max) => `From ${min} to ${max}.`,
    units: { percent: "%", count: "number", eur: "EUR" },
    preferNotToSay: "Prefer not to say",
    invalid: (min, max) => `Enter a number from ${min} to ${max}.`,
    invalidInteger: (min, max) => `Enter a whole number from ${min} to ${max}.`,
  },
  configuration: {
    title: "How do sales and marketing work in your company?",
    intro: "Choose the description that fits your company best.",
    legend: "The description that fits the company",
    chooseFirst: "Choose a description to continue.",
  },
  review: {
    title: "Review and submit",
    intro: "Please check your answers. Once submitted, they can no longer be changed.",
    profileHeading: "Company details",
    marketingDept: "Distinct marketing department",
    notGiven: "not given",
    answersHeading: "Your answers to the statements",
    answered: (n, total) => `You answered ${n} of ${total} statements.`,
    showAnswers: "See and change your answers",
    unanswered: "No answer",
    change: "Change",
    changeStatement: (n) => `Change the answer to statement ${n}`,
    performanceHeading: "Performance indicators",
    preferNotToSay: "prefers not to say",
    configurationHeading: "How you work",
    editProfile: "Change the company details",
    editPerformance: "Change the indicators",
    editConfiguration: "Change the description",
    submit: "Submit my answers",
    submitting: "Submitting…",
    queued:
      "There is no internet connection. The submission and your answers are kept in this browser and will be sent automatically when the connection returns. If you close the page, they are sent when you open it again.",
    queuedKeepOpen:
      "There is no internet connection. Your answers will be sent automatically when the connection returns. Please keep this page open: this browser cannot keep them.",
    onDevice:
      "Some answers are on this device only for now; they are sent automatically when the connection returns.",
    outdated:
      "Your answers were changed in another window or on another device after this review was opened, so they were not submitted. Below are the current answers: please check them and submit again.",
    incomplete: "Some statements have no answer yet. Please answer them before submitting.",
  },
  progress: {
    label: "Questionnaire progress",
    stage: (n, name) => `Step ${n} of 5: ${name}`,
    stages: {
      profile: "company details",
      statements: "statements",
      indicators: "performance indicators",
      configuration: "how you work",
      review: "review and submit",
    },
    percentDone: (percent) => `${percent}% done`,
  },
  notices: {
    welcomeBack: (answered, total) =>
      answered === 0
        ? "Welcome back. Continue where you stopped."
        : answered === total
          ? `Welcome back. You answered all ${total} statements; continue where you stopped.`
          : `Welcome back. You answered ${answered} of ${total} statements; continue where you stopped.`,
    changedElsewhere: (statements) =>
      `While this device was offline, ${statements.length === 1 ? "statement" : "statements"} ${new Intl.ListFormat("en", { type: "conjunction" }).format(statements.map(String))} ${statements.length === 1 ? "was" : "were"} answered differently in another window or on another device. The answers given there were kept; please check them.`,
  },
  result: {
    title: "Your company's result",
    thanks: "Thank you for taking part! Your answers have been submitted.",
    scoreLabel: "Score",
    score: (total) => `${total} of 100`,
    categoryLabel: "Category",
    scaleHeading: "The four categories",
    lowestHeading: "Where you have the most to gain",
    lowestIntro:
      "The statements you agreed with least, and what companies with integrated sales and marketing do on these points:",
    yourAnswer: (label) => `Your answer: ${label}.`,
    integratedPractice: "What integrated companies do:",
    comparisonHeading: (county) => `Compared with other companies in ${county} county`,
    comparison: (peers, mean, percentile) =>
      `The average score of the other ${peers} companies that answered is ${mean}. Your company's score is higher than that of ${percentile}% of them.`,
    comparisonLater:
      "The comparison with other companies in your county will appear later, once at least 5 have answered. You can come back to this link at any time.",
    submittedOn: (date) => `Submitted on ${date}. The answers can no longer be changed.`,
    companyLine: (company) => `Company: ${company}`,
    configurationHeading: "The configuration you chose",
  },
  testMode: {
    label: "Test mode",
    banner: "Test mode — answers are not counted.",
    detail: "What you enter here reaches no analysis, export or company, and the result e-mail comes to you.",
    backToWorkspace: "Back to the workspace",
  },
};
